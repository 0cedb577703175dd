#pragma once
// What every test includes: Qt Test, Qt Widgets and QCustomPlot, precompiled once and
// reused by all test executables (tests/CMakeLists.txt).
#include <QtTest>
#include <QtWidgets>
#include <qcustomplot.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>
