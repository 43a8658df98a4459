find_package(PkgConfig REQUIRED)
pkg_check_modules(ARCHIVE REQUIRED IMPORTED_TARGET libarchive)
target_link_libraries(coffer_core PUBLIC PkgConfig::ARCHIVE)
target_sources(coffer_core PRIVATE
)
