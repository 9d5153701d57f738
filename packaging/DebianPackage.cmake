# CPack settings for the Debian package (Debian 12, UOS, Kylin). Library dependencies
# come from the binaries (dpkg-shlibdeps); what Qt loads at run time as plugins, and the
# fonts, are named here because no linker sees them.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME faircheck)
set(CPACK_PACKAGE_VENDOR "The FairCheck team")
set(CPACK_PACKAGE_CONTACT "${FAIRCHECK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "enforcement supervision workstation for county justice offices")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Only what `cmake --install` puts in place for users (no tests, no benchmarks).
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};ALL;/")

set(CPACK_DEBIAN_PACKAGE_RELEASE "${FAIRCHECK_DEB_RELEASE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FAIRCHECK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# libqsqlite (the database), libqsvgicon (the icon), the CJK fonts: the PDF writer uses
# WenQuanYi Micro Hei because its text extracts correctly (see ../shared deps notes).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-qpa-plugins")
# CPack puts the summary first and indents these lines; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "FairCheck (执法监督工作台) is an offline desktop workstation for the supervisors
of enterprise-related administrative law enforcement in a Chinese county: the
county justice bureau and the township justice offices.

It plans joint and random inspections, scores enterprises' credit with
versioned rules, looks up penalty-discretion benchmarks, imports the county's
spreadsheets and writes the monthly supervision report. All data stays in one
local SQLite file; faircheck-cli runs every engine from the command line.")

# A second build of the same version for the upgrade test: FAIRCHECK_DEB_RELEASE in the
# environment of `cpack` overrides the package revision.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake)
