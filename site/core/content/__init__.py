"""What the content apps' pages share: StreamField blocks (the live indicator chart asks the
registered source, never complaints itself), page helpers and listings, the home page's
section registry, menus and their caches, the sitemap, and wagtail-localize's views held to
publish permission. Imports only Django, Wagtail and site/core's own modules."""
