#pragma once
// What a report shows, read from disk or handed over by the window: the runs (a run
// directory with the baselines found beside it, or every run of a folder such as a
// `twb compare --out DIR` or a lesson's folder), the title, and the embedding maps
// saved beside them. Plain C++ over core's readers; no Qt, no torch.
#include "compare/Comparison.h"

#include <string>
#include <vector>

namespace twb::report {

struct ReportInput {
  std::string path;                // what was asked for: a run directory or a folder
  bool folder = false;             // a folder of runs (a comparison, a lesson)
  std::string title;               // lesson.json's "title", else the experiment's name or the folder's
  std::vector<RunPtr> runs;        // what the tables show: the run(s) and their baselines
  bool baselinesFound = true;      // a single run: whether sibling baselines were found
  std::vector<std::string> maps;   // embedding map images (embedding*.png) in the runs' folders
  std::vector<std::string> skipped; // sub-folders of a folder that were not read, each "name: why"
  std::string lessonHtml;          // a lesson's handout: its explanation, what happened, its question (HTML)
};

// A run directory (and the baselines of the same recipe and seed in the folder beside
// it) or a folder of run directories. InputError naming `path` when it does not exist,
// is no run directory and holds none, or a run in it cannot be read.
ReportInput readReportInput(const std::string& path);

// The window's runs: `selected` and, from `all` (newest first), their baselines.
ReportInput reportInputForRuns(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all);

// Whether `dir` looks like a run directory (it holds experiment.json or summary.json).
bool isRunDirectory(const std::string& dir);

} // namespace twb::report
