# Tests of core/transfer.
