"""What the desktop program and the command line share: settings, logging, the version, the
start-up checks and the program's icon."""

from pathlib import Path

ICON = Path(__file__).resolve().parent / "kelishim.svg"  # window, desktop entry, installer
