# Packaging: `cpack -G DEB` on Debian/Ubuntu, `cpack -G NSIS` (or WIX) on Windows.

install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.sluice.Sluice.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.sluice.Sluice.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/sluice.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME org.sluice.Sluice.svg)

set(CPACK_PACKAGE_NAME "sluice")
set(CPACK_PACKAGE_VENDOR "The Sluice developers")
set(CPACK_PACKAGE_CONTACT "The Sluice developers <sluice@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_LIST_DIR}/description.txt)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sluice")
set(CPACK_PACKAGE_EXECUTABLES "sluice;Sluice")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

# Debian package
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "database")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG plugin draws the window and tree icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# CJK glyphs for the Japanese translation.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, libqt6sql6-mysql, fonts-droid-fallback | fonts-noto-cjk")

# Windows installer (NSIS; WiX works with the same variables)
include(${CMAKE_CURRENT_LIST_DIR}/windows/NSISConfig.cmake)

include(CPack)
