"""The program's version: its one source. pyproject.toml reads it for the package metadata, and
`--version`, the About dialog, the log's first line and the PDFs' metadata show it."""

__version__ = "0.1.0"
