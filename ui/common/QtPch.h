#pragma once
// The Qt and QCustomPlot headers the window's sources include, precompiled once for ui
// (and once more for the tests, with Qt Test): without it every file parsed them
// again, 8 to 18 s a file on two cores.
#include <QtWidgets>
#include <qcustomplot.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>
