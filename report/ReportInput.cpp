#include "report/ReportInput.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace twb::report {

namespace fs = std::filesystem;

namespace {

fs::file_time_type modified(const std::string& dir) {
  std::error_code ec;
  const auto t = fs::last_write_time(fs::path(dir) / "summary.json", ec);
  return ec ? fs::file_time_type::min() : t;
}

// The completed runs directly under `folder`, newest first; `skipped` gets the
// sub-folders that look like runs but cannot be read.
std::vector<RunPtr> runsIn(const std::string& folder, std::vector<std::string>* skipped) {
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_directory(ec) && isRunDirectory(entry.path().string()))
      dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  std::vector<RunPtr> runs;
  for (const fs::path& dir : dirs) {
    if (!fs::exists(dir / "summary.json")) {
      if (skipped)
        skipped->push_back(dir.filename().string() + ": not finished (no summary.json)");
      continue;
    }
    try {
      runs.push_back(std::make_shared<const RunRecord>(readRunDirectory(dir.string())));
    } catch (const Error& e) {
      if (skipped)
        skipped->push_back(dir.filename().string() + ": " + e.what());
    }
  }
  std::stable_sort(runs.begin(), runs.end(),
                   [](const RunPtr& a, const RunPtr& b) { return modified(a->dir) > modified(b->dir); });
  return runs;
}

// embedding*.png in `dir`, sorted.
void addMaps(const std::string& dir, std::vector<std::string>& maps) {
  std::error_code ec;
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file(ec) && name.rfind("embedding", 0) == 0 && entry.path().extension() == ".png")
      found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  for (const std::string& f : found)
    if (std::find(maps.begin(), maps.end(), f) == maps.end())
      maps.push_back(f);
}

std::string lessonTitle(const std::string& folder) {
  const fs::path file = fs::path(folder) / "lesson.json";
  if (!fs::exists(file))
    return {};
  try {
    const auto j = nlohmann::json::parse(readFile(file.string()));
    if (j.is_object() && j.contains("title") && j["title"].is_string())
      return j["title"].get<std::string>();
  } catch (const std::exception&) {
  }
  return {};
}

std::string folderName(const std::string& path) {
  fs::path p = fs::path(path).lexically_normal();
  if (p.filename().empty())
    p = p.parent_path();
  const fs::path absolute = fs::absolute(p);
  return absolute.filename().string();
}

} // namespace

bool isRunDirectory(const std::string& dir) {
  std::error_code ec;
  return fs::is_regular_file(fs::path(dir) / "experiment.json", ec) ||
         fs::is_regular_file(fs::path(dir) / "summary.json", ec);
}

ReportInput reportInputForRuns(const std::vector<RunPtr>& selected, const std::vector<RunPtr>& all) {
  ReportInput input;
  input.runs = withBaselines(selected, all);
  input.folder = selected.size() > 1;
  bool anyBaseline = false;
  for (const RunPtr& run : input.runs)
    anyBaseline = anyBaseline || isBound(run->experiment);
  input.baselinesFound = anyBaseline;
  if (!selected.empty()) {
    input.path = selected.front()->dir;
    input.title = selected.front()->experiment.name;
  }
  for (const RunPtr& run : input.runs)
    addMaps(run->dir, input.maps);
  return input;
}

ReportInput readReportInput(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw InputError(Message::text(TWB_TR("twb", "'%1' does not exist (a report needs a run directory or a folder of them)"), {path}));
  if (!fs::is_directory(path, ec))
    throw InputError(Message::text(TWB_TR("twb", "'%1' is a file, not a run directory or a folder of them"), {path}));

  ReportInput input;
  input.path = path;
  if (isRunDirectory(path)) {
    const RunPtr run = std::make_shared<const RunRecord>(readRunDirectory(path));
    // Its baselines: runs of the same recipe and seed beside it (a compare folder's cells).
    fs::path parent = fs::absolute(fs::path(path).lexically_normal());
    if (parent.filename().empty())
      parent = parent.parent_path();
    parent = parent.parent_path();
    std::vector<RunPtr> siblings = runsIn(parent.string(), nullptr);
    input = reportInputForRuns({run}, siblings);
    input.path = path;
    input.folder = false;
    input.title = run->experiment.name.empty() ? folderName(path) : run->experiment.name;
    return input;
  }

  input.folder = true;
  input.runs = runsIn(path, &input.skipped);
  if (input.runs.empty())
    throw InputError(Message::text(
        TWB_TR("twb", "'%1' holds no finished run directory (experiment.json, metrics.csv, summary.json) to report on"),
        {path}));
  // Oldest first reads as the folder was filled: the method's cells before their baselines.
  std::reverse(input.runs.begin(), input.runs.end());
  // lesson.json's title, else the name of the experiment its runs share, else the folder's.
  input.title = lessonTitle(path);
  std::set<std::string> names;
  for (const RunPtr& run : input.runs)
    if (!isBound(run->experiment))
      names.insert(run->experiment.name);
  if (input.title.empty() && names.size() == 1 && !names.begin()->empty())
    input.title = *names.begin();
  if (input.title.empty())
    input.title = folderName(path);
  addMaps(path, input.maps);
  for (const RunPtr& run : input.runs)
    addMaps(run->dir, input.maps);
  return input;
}

} // namespace twb::report
