# Before a vault is open: the start window, unlocking, the create-vault wizard and its pages, sample data.
target_sources(coffer_ui PRIVATE
    start/CreateVaultWizard.cpp start/CreateVaultWizard.h
    start/CreateVaultWizardLocationPage.cpp start/CreateVaultWizardLocationPage.h
    start/CreateVaultWizardOwnerPage.cpp start/CreateVaultWizardOwnerPage.h
    start/CreateVaultWizardRecoveryKeyPage.cpp start/CreateVaultWizardRecoveryKeyPage.h
    start/DemoVault.cpp start/DemoVault.h
    start/SampleData.cpp start/SampleData.h
    start/SampleNames.cpp start/SampleNames.h
    start/StartWindow.cpp start/StartWindow.h
    start/TrySampleBox.cpp start/TrySampleBox.h
    start/UnlockDialog.cpp start/UnlockDialog.h
)
