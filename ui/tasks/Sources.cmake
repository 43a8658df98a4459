# The machinery of long work: a task on a worker thread, its progress dialog, its report.
target_sources(coffer_ui PRIVATE
    tasks/BackgroundTask.h
    tasks/LongTask.cpp tasks/LongTask.h
    tasks/ReportDialog.cpp tasks/ReportDialog.h
    tasks/TaskReports.cpp tasks/TaskReports.h
    tasks/VaultTasks.cpp tasks/VaultTasks.h
)
