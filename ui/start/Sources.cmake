# The start window's "Try with sample data": the sample generator and the throwaway demo vault.
target_sources(coffer_ui PRIVATE
    start/SampleNames.cpp start/SampleNames.h
    start/SampleData.cpp start/SampleData.h
    start/DemoVault.cpp start/DemoVault.h
    start/TrySampleBox.cpp start/TrySampleBox.h
)
