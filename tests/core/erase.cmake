# Tests of core/erase.
