# SPDX-License-Identifier: GPL-3.0-or-later
# Larder's packages, made by CPack after a build (`cpack --config build/CPackConfig.cmake`):
#   - Debian/Ubuntu: a .deb (-G DEB), the one checked as installed by tests/package-check.sh.
#   - Windows: an NSIS installer (-G NSIS), built on Windows with Qt 6 from the Qt installer and
#     NSIS 3; Qt's DLLs and plugins are deployed into the package by Qt's deploy script
#     (app/larder/CMakeLists.txt, qt_generate_deploy_app_script).
#   - macOS: a disk image with Larder.app (-G DragNDrop), deployed the same way (macdeployqt).
# Windows and macOS cannot be built on the Debian machines this project is tested on; the
# settings are kept here so that a volunteer with such a machine needs no more than this file.
# docs/ARCHITECTURE.md, "Packages", says how to build each.
set(CPACK_PACKAGE_NAME "larder")
set(CPACK_PACKAGE_VENDOR "Larder developers")
set(CPACK_PACKAGE_CONTACT "Larder developers <larder@larder.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Larder")
set(CPACK_PACKAGE_EXECUTABLES "larder;Larder")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Debug information stays in the build folder: the package is a tenth of the size.
set(CPACK_STRIP_FILES TRUE)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Larder")
    set(CPACK_NSIS_PACKAGE_NAME "Larder ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\larder.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "https://larder.invalid")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The pantry file and its backups live in the person's data folder, never under the
    # program's: uninstalling never deletes a pantry.
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "bin\\\\larder.exe")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Larder")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    # dpkg-shlibdeps finds the libraries larder and larder-cli link; these are what they load at
    # run time, which it cannot see: Qt's SVG plugins (the icons), the typeface of the papers.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core")
    # Qt's own words (standard buttons, the print dialog) in Spanish and Arabic.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
include(CPack)
