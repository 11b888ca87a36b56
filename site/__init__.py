"""Project configuration for the Citizen Government portal, imported as ``citizens_site``.

The folder is called ``site/`` (the agreed layout), but ``site`` is also a standard-library
module that Python imports at start-up, so ``import site.settings`` can never work. The
folder is therefore installed under the distinctive name ``citizens_site`` through the
setuptools ``package-dir`` mapping in pyproject.toml; ``pip install -e .`` (the first step of
``make run``, ``make test`` and CI) makes ``citizens_site.settings`` importable.
"""
