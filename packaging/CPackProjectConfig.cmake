# Read by cpack at packaging time (not at configure time).
if(DEFINED ENV{FAIRCHECK_DEB_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_RELEASE "$ENV{FAIRCHECK_DEB_RELEASE}")
endif()
