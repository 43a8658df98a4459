# The privacy work's windows: the words for requests, their kinds and states.
target_sources(coffer_ui PRIVATE
    privacy/RequestLabels.cpp privacy/RequestLabels.h
)
