# CPack settings for the Windows installer (WiX MSI). It cannot be built on our Debian
# machines; WindowsPackageCheck.cmake, run by ctest, checks these settings instead.
# Expects FAIRCHECK_APP_ID, PROJECT_VERSION and the generated icon folder.

# Fixed forever: Windows Installer recognises an older FairCheck by this code and
# replaces it in place (the user's data in %APPDATA% is never part of the package).
set(FAIRCHECK_WIX_UPGRADE_GUID "895FAA93-1C5D-418A-8BC3-4AEA0234FEFB")
set(FAIRCHECK_WINDOWS_MENU_NAME "执法监督工作台")

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_NAME FairCheck)
set(CPACK_PACKAGE_VENDOR "The FairCheck team")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY FairCheck)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Start-menu entry in Chinese for the GUI; the CLI is reached from a terminal.
set(CPACK_PACKAGE_EXECUTABLES faircheck "${FAIRCHECK_WINDOWS_MENU_NAME}")
set(CPACK_WIX_UPGRADE_GUID "${FAIRCHECK_WIX_UPGRADE_GUID}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${FAIRCHECK_WINDOWS_MENU_NAME}")
set(CPACK_WIX_CULTURES "zh-CN;en-US")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_BINARY_DIR}/generated/icons/faircheck.ico")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# windeployqt copies the Qt libraries, plugins (sqlite driver, platform, SVG icon engine)
# and Qt's own translations next to the executables at install time.
if(WIN32)
    find_program(FAIRCHECK_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    install(CODE "
        foreach(exe faircheck.exe faircheck-cli.exe)
            execute_process(COMMAND \"${FAIRCHECK_WINDEPLOYQT}\" --release --no-compiler-runtime
                                    --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/\${exe}\"
                            RESULT_VARIABLE status)
            if(NOT status EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed for \${exe}\")
            endif()
        endforeach()")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()
