# The unlocked session: who is signed in, their own password, auto-lock on idle, clipboard clearing.
target_sources(coffer_ui PRIVATE
    session/ChangePasswordDialog.cpp session/ChangePasswordDialog.h
    session/Clipboard.cpp session/Clipboard.h
    session/DesktopSession.cpp session/DesktopSession.h
    session/IdleWatcher.cpp session/IdleWatcher.h
)
