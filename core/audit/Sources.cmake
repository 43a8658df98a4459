# The hash-chained audit log.
target_sources(coffer_core PRIVATE
    audit/AuditLog.cpp audit/AuditLog.h
)
