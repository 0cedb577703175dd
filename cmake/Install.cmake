# `cmake --install <build>`: the two programs, and what a desktop needs to show the window
# in its menus and software centre (docs/install.md). Translations, help pages, icons for
# the window and the example experiments are embedded in transfer-workbench (ui/CMakeLists.txt),
# so nothing else is read from the prefix at run time. Tests, benchmarks and fuzz targets
# have no install rules.
include(GNUInstallDirs)

# The AppStream id; the .desktop and metainfo files are named after it, and
# ui/window/Application.cpp gives it to Qt as the desktop file name.
set(TWB_APP_ID org.transferworkbench.TransferWorkbench)
set(TWB_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

install(TARGETS twb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET transfer-workbench)
  install(TARGETS transfer-workbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${TWB_RESOURCES}/${TWB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${TWB_RESOURCES}/${TWB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  foreach(size 32 64 128 256)
    install(FILES ${TWB_RESOURCES}/transfer-workbench-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME transfer-workbench.png)
  endforeach()
  install(FILES ${TWB_RESOURCES}/transfer-workbench.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The example experiments, for twb too (the window has its own copy under File > Examples):
# twb train /usr/share/transfer-workbench/experiments/source_only_digits.json
install(DIRECTORY ${TWB_RESOURCES}/experiments/ DESTINATION ${CMAKE_INSTALL_DATADIR}/transfer-workbench/experiments
        FILES_MATCHING PATTERN "*.json")

# Manual pages, compressed as Debian installs them (gzip -9n: no name or time stamp,
# so the package is the same from one build to the next).
set(TWB_MAN_PAGES)
foreach(page twb transfer-workbench)
  if(page STREQUAL "transfer-workbench" AND NOT TARGET transfer-workbench)
    continue()
  endif()
  set(out ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E copy ${TWB_RESOURCES}/man/${page}.1 ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1
    COMMAND gzip -9nf ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1
    DEPENDS ${TWB_RESOURCES}/man/${page}.1
    COMMENT "Compressing the manual page ${page}.1"
    VERBATIM)
  list(APPEND TWB_MAN_PAGES ${out})
endforeach()
add_custom_target(twb_man_pages ALL DEPENDS ${TWB_MAN_PAGES})
install(FILES ${TWB_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
