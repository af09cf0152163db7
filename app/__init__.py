"""What the desktop program and the command line share: settings and logging."""
