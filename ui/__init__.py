"""The PySide6 desktop program. It reaches the data only through `models.registry.Registry`."""
