#pragma once
// Every method this build can run, one line each, in the order the Method box lists
// them. X(function) names the function in the method's own file that returns it
// (`const Method& dannMethod();` in methods/dann/Dann.cpp). Adding a method: its
// folder under methods/ and one line here.
#define TWB_METHOD_LIST(X)                                                                                             \
  X(sourceOnlyMethod)                                                                                                  \
  X(targetOnlyMethod)                                                                                                  \
  X(dannMethod)                                                                                                        \
  X(mmdMethod)                                                                                                         \
  X(coralMethod)                                                                                                       \
  X(adabnMethod)                                                                                                       \
  X(cdanMethod)                                                                                                        \
  X(entropyMethod)                                                                                                     \
  X(vadaMethod)                                                                                                        \
  X(mcdMethod)                                                                                                         \
  X(selfTrainingMethod)                                                                                                \
  X(finetuneMethod)                                                                                                    \
  X(multitaskMethod)                                                                                                   \
  X(zeroShotMethod)                                                                                                    \
  X(translateMethod)
