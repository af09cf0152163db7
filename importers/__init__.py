"""Bringing records in from outside the registry: texts such as press releases
(`importers.press_release`). Importers parse into the plain drafts of `models.records` and write
only through the registry API."""
