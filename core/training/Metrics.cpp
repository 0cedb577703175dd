#include "training/Metrics.h"

#include "base/Errors.h"

#include <cstdio>
#include <map>
#include <sstream>

namespace twb {

bool MetricRow::find(const std::string& name, double& value) const {
  for (const auto& [n, v] : values)
    if (n == name) {
      value = v;
      return true;
    }
  return false;
}

namespace {
std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
  // Metric names and numbers never hold commas or quotes, so a plain split is exact.
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ','))
    cells.push_back(cell);
  if (!line.empty() && line.back() == ',')
    cells.emplace_back();
  return cells;
}
} // namespace

std::string metricsToCsv(const std::vector<MetricRow>& rows) {
  std::vector<std::string> columns;
  std::map<std::string, std::size_t> index;
  for (const auto& row : rows)
    for (const auto& [name, v] : row.values)
      if (index.emplace(name, columns.size()).second)
        columns.push_back(name);

  std::string out = "step,epoch,wall_seconds";
  for (const auto& c : columns)
    out += "," + c;
  out += "\n";
  for (const auto& row : rows) {
    std::vector<std::string> cells(columns.size());
    for (const auto& [name, v] : row.values)
      cells[index[name]] = number(v);
    out += std::to_string(row.step) + "," + number(row.epoch) + "," + number(row.wallSeconds);
    for (const auto& c : cells)
      out += "," + c;
    out += "\n";
  }
  return out;
}

std::vector<MetricRow> parseMetricsCsv(const std::string& text, const std::string& origin) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line))
    throw InputError(Message::text(TWB_TR("twb", "%1: empty metrics file"), {origin}));
  const auto header = splitCsvLine(line);
  if (header.size() < 3 || header[0] != "step" || header[1] != "epoch" || header[2] != "wall_seconds")
    throw InputError(Message::text(TWB_TR("twb", "%1: header must begin with step,epoch,wall_seconds"), {origin}));

  std::vector<MetricRow> rows;
  int lineNo = 1;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty())
      continue;
    const auto cells = splitCsvLine(line);
    if (cells.size() != header.size())
      throw InputError(
          Message::text(TWB_TR("twb", "%1: line %2 has %3 cells, the header has %4"),
                      {origin, std::to_string(lineNo), std::to_string(cells.size()), std::to_string(header.size())}));
    try {
      MetricRow row;
      row.step = std::stoll(cells[0]);
      row.epoch = std::stod(cells[1]);
      row.wallSeconds = std::stod(cells[2]);
      for (std::size_t i = 3; i < cells.size(); ++i)
        if (!cells[i].empty())
          row.values.emplace_back(header[i], std::stod(cells[i]));
      rows.push_back(std::move(row));
    } catch (const std::logic_error&) {
      throw InputError(Message::text(TWB_TR("twb", "%1: line %2 holds a value that is not a number"),
                                   {origin, std::to_string(lineNo)}));
    }
  }
  return rows;
}

} // namespace twb
