"""The command line: tools for IT staff and tests. Without a subcommand the GUI starts."""
