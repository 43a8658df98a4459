# Tests of core/backup.
