"""Backups of the registry, restoring them, and salvaging a damaged registry.

    manifest.py   the backup file's layout and manifest
    archive.py    writing and reading a backup file (engine-neutral)
    snapshot.py   a consistent snapshot of an SQLite registry, backed up
    folder.py     the backup folder: listing, automatic names, rotation
    rotation.py   which backups rotation keeps
    restore.py    checking a backup and putting it in place
    salvage.py    what can be read of a damaged registry, into a new one
"""
