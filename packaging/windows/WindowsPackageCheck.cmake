# Configure-only check of the Windows installer settings, run on Linux by ctest:
#   cmake -DSOURCE=<repo> -DBINARY=<build> -P WindowsPackageCheck.cmake
# It loads WindowsPackage.cmake as the Windows configure would (minus windeployqt) and
# fails on a setting an upgrade or a Chinese Start menu depends on.
cmake_minimum_required(VERSION 3.21)
set(PROJECT_SOURCE_DIR "${SOURCE}")
set(CMAKE_CURRENT_BINARY_DIR "${BINARY}")
file(STRINGS "${SOURCE}/CMakeLists.txt" project_line REGEX "^project\\(FairCheck VERSION")
string(REGEX MATCH "VERSION ([0-9.]+)" _ "${project_line}")
set(PROJECT_VERSION "${CMAKE_MATCH_1}")
set(PROJECT_HOMEPAGE_URL "https://faircheck.example.org")
include("${SOURCE}/packaging/windows/WindowsPackage.cmake")

# expect(MESSAGE CONDITION...): the condition is given as if() arguments.
function(expect message)
    if(NOT (${ARGN}))
        message(FATAL_ERROR "Windows package: ${message}")
    endif()
endfunction()

expect("no version found in project()" PROJECT_VERSION)
expect("package version is not the project version" CPACK_PACKAGE_VERSION STREQUAL PROJECT_VERSION)
# CMake's regular expressions have no {n}: spell the GUID's groups out.
set(h "[0-9A-F]")
string(REGEX MATCH "^${h}${h}${h}${h}${h}${h}${h}${h}-${h}${h}${h}${h}-${h}${h}${h}${h}-${h}${h}${h}${h}-${h}${h}${h}${h}${h}${h}${h}${h}${h}${h}${h}${h}$"
       guid "${CPACK_WIX_UPGRADE_GUID}")
expect("upgrade GUID '${CPACK_WIX_UPGRADE_GUID}' is not a fixed upper-case GUID" guid)
# The upgrade code must never change between versions: pinned here on purpose.
expect("upgrade GUID changed" CPACK_WIX_UPGRADE_GUID STREQUAL "895FAA93-1C5D-418A-8BC3-4AEA0234FEFB")
expect("Start-menu folder is not the Chinese name" CPACK_WIX_PROGRAM_MENU_FOLDER STREQUAL "执法监督工作台")
list(GET CPACK_PACKAGE_EXECUTABLES 0 exe)
list(GET CPACK_PACKAGE_EXECUTABLES 1 label)
expect("Start-menu shortcut is not faircheck / 执法监督工作台" exe STREQUAL "faircheck" AND label STREQUAL "执法监督工作台")
expect("the installer is not in Chinese" "zh-CN" IN_LIST CPACK_WIX_CULTURES)
expect("licence file missing" EXISTS "${CPACK_RESOURCE_FILE_LICENSE}")
message(STATUS "Windows package settings: version ${CPACK_PACKAGE_VERSION}, upgrade code ${CPACK_WIX_UPGRADE_GUID}")
