# OpenCV's core, imgproc and imgcodecs from Debian's per-module -dev packages.
# OpenCVConfig.cmake ships only with the libopencv-dev meta-package, which drags in
# every module (dnn, highgui, videoio, GTK); we need three, so find them directly.
find_path(TWB_OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
add_library(twb_opencv INTERFACE)
target_include_directories(twb_opencv SYSTEM INTERFACE ${TWB_OPENCV_INCLUDE_DIR})
foreach(module core imgproc imgcodecs)
  find_library(TWB_OPENCV_${module}_LIBRARY opencv_${module} REQUIRED)
  target_link_libraries(twb_opencv INTERFACE ${TWB_OPENCV_${module}_LIBRARY})
endforeach()
