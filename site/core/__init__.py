"""Site-wide code shared by every app: the user model, site settings, middleware, template
tags and the demo loader. It imports no other app of ours, so every app may import it."""
