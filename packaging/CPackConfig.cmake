# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package of Larder: `cpack --config build/CPackConfig.cmake -G DEB` after a build.
set(CPACK_PACKAGE_NAME "larder")
set(CPACK_PACKAGE_VENDOR "Larder developers")
set(CPACK_PACKAGE_CONTACT "Larder developers <larder@larder.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
