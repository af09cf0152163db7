"""Kelishim: the registry of signed international instruments.

    python main.py [--db PATH]            the desktop program
    python main.py [--db PATH] COMMAND    a command-line tool (demo, list, check ...; see --help)
"""

import sys

from cli.app import main

if __name__ == "__main__":
    sys.exit(main())
