"""People's accounts, shared by every app: the allauth adapter (sign-in, mail, limits keyed on
the client's address), the citizen's sign-up and profile forms, allauth's messages in our
words, a new phone number confirmed by SMS code, staff session limits, and the country names
our catalogues translate. Imports only Django, allauth, Wagtail and site/core's own modules."""
