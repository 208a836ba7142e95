# Windows installer settings. The GUI target is a WIN32 executable (no console
# window); sluice-cli stays a console program for scripts and Task Scheduler.
set(CPACK_NSIS_DISPLAY_NAME "Sluice")
set(CPACK_NSIS_PACKAGE_NAME "Sluice")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sluice.exe")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Sluice.lnk' '$INSTDIR\\\\bin\\\\sluice.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Sluice.lnk'")
set(CPACK_WIX_UPGRADE_GUID "6F1C4E8A-6B35-4C1B-9B0C-2E7A4D5F9A31")
if(WIN32)
    # windeployqt gathers the Qt DLLs, plugins (incl. SQL drivers) and translations.
    install(CODE "execute_process(COMMAND windeployqt --no-compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/sluice.exe\")")
endif()
# An .ico made from resources/icons/sluice.svg, when present, brands the installer.
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/sluice.ico)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/sluice.ico)
    set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/sluice.ico)
endif()
