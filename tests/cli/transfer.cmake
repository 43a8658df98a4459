# CLI tests of transfer.
