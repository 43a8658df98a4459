# CLI tests of erase.
