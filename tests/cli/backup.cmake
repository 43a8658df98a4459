# CLI tests of backup.
