#pragma once
// What a run reports as it goes, for people: typed events, each with its sentence as
// a Message (its values are the message's arguments). `twb` prints the English; the
// window words it in its own language and can tell a warning from a note by its kind.
#include "base/Message.h"

#include <functional>

namespace twb {

enum class RunEventKind {
  Loading,     // datasets are being loaded
  Data,        // what was loaded: classes matched by name, a task, a zero-shot split
  Started,     // training begins: the method, the network, the images, the steps
  SourceModel, // a source model's layers copied into the network, or nothing to copy
  Measured,    // a number measured once at the end (the proxy A-distance)
  Warning,     // something that makes a number mean less than it seems (a collapse)
  Finished,    // the run ended (completed or stopped), or stopped before it began
};

struct RunEvent {
  RunEventKind kind = RunEventKind::Data;
  Message text;
};

using RunEventSink = std::function<void(const RunEvent&)>;

} // namespace twb
