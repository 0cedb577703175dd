# `cpack` in the build folder (or scripts/package.sh) makes transfer-workbench_<version>_<arch>.deb
# from the install rules (cmake/Install.cmake). `apt install ./transfer-workbench_*.deb`
# on Debian 12 then pulls the libraries (dpkg-shlibdeps reads them off the programs) and
# the data and run-time packages below, which no library link names (docs/install.md).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME transfer-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Transfer Workbench")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "transfer-learning experiments to run and watch")
set(CPACK_PACKAGE_INSTALL_DIRECTORY transfer-workbench)
set(CPACK_STRIP_FILES ON)

set(TWB_PACKAGE_MAINTAINER "Transfer Workbench <dev@transfer-workbench.invalid>"
    CACHE STRING "Maintainer field of the .deb (name <email>)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TWB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # transfer-workbench_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The long description; CPack puts the summary above it and indents it (deb-control(5)).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Transfer Workbench is a desktop app where students run transfer-learning
experiments by clicking: pick a source and a target domain and a method
(fine-tuning, multitask, DANN and other domain-adaptation methods, zero-shot
learning), press Start and watch the loss and accuracy curves move live, each
result beside its baselines.

The built-in datasets are generated from Debian data packages (OpenCV's
sample digits and photos, Fashion-MNIST, espeak-ng and Flite voices). The
package holds the window (transfer-workbench) and the command line (twb).")

# Libraries: from the programs' links (dpkg-shlibdeps, from dpkg-dev, on the build machine).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no link names, and the programs read or load at run time:
# - opencv-doc: digits.png and the photos digits-m is cut from (core/data/DigitsDataset.h)
# - dataset-fashion-mnist: /usr/share/datasets/fashion-mnist (core/data/Fashion.cpp)
# - espeak-ng-data: espeak-ng's voices and dictionaries (spoken-digits)
# - an optimised BLAS: LibTorch links libblas.so.3, which without it is the reference BLAS
#   and trains about half as fast (scripts/install-deps.sh); the OpenMP build first
# - fonts-dejavu-core: a font for the window's Latin text
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "opencv-doc, dataset-fashion-mnist, espeak-ng-data, libopenblas0-openmp | libopenblas0, fonts-dejavu-core")
# Installed by apt unless --no-install-recommends:
# - fonts-noto-cjk: the Simplified Chinese interface's glyphs
# - qt6-translations-l10n: Qt's own dialogs and buttons in Chinese
# - qt6-wayland: a native window on a Wayland session (XWayland otherwise)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")

include(CPack)
