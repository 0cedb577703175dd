#include "data/AttributeTable.h"

#include "base/EmbeddedResources.h"
#include "base/Errors.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace twb {

namespace {
std::vector<std::string> splitCells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ',')) {
    const auto b = cell.find_first_not_of(" \t\r");
    const auto e = cell.find_last_not_of(" \t\r");
    cells.push_back(b == std::string::npos ? std::string() : cell.substr(b, e - b + 1));
  }
  if (!line.empty() && line.back() == ',')
    cells.emplace_back();
  return cells;
}
} // namespace

int AttributeTable::column(const std::string& attribute) const {
  const auto it = std::find(attributes.begin(), attributes.end(), attribute);
  return it == attributes.end() ? -1 : static_cast<int>(it - attributes.begin());
}

AttributeTable parseAttributeTable(const std::string& csv, const std::string& origin) {
  AttributeTable t;
  std::istringstream in(csv);
  std::string line;
  int lineNo = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++lineNo;
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') // blank lines and comments
      continue;
    const auto cells = splitCells(line);
    if (header) {
      if (cells.size() < 2)
        throw InputError(
            Message::text(TWB_TR("twb", "%1: line %2: the header needs a class column and at least one attribute"),
                        {origin, std::to_string(lineNo)}));
      t.attributes.assign(cells.begin() + 1, cells.end());
      header = false;
      continue;
    }
    if (cells.size() != t.attributes.size() + 1)
      throw InputError(Message::text(
          TWB_TR("twb", "%1: line %2 has %3 cells, the header has %4"),
          {origin, std::to_string(lineNo), std::to_string(cells.size()), std::to_string(t.attributes.size() + 1)}));
    if (cells[0].empty())
      throw InputError(Message::text(TWB_TR("twb", "%1: line %2 has no class name"), {origin, std::to_string(lineNo)}));
    if (std::find(t.classes.begin(), t.classes.end(), cells[0]) != t.classes.end())
      throw InputError(
          Message::text(TWB_TR("twb", "%1: line %2 repeats class '%3'"), {origin, std::to_string(lineNo), cells[0]}));
    std::vector<float> row;
    for (std::size_t k = 1; k < cells.size(); ++k) {
      char* end = nullptr;
      const float v = std::strtof(cells[k].c_str(), &end);
      if (cells[k].empty() || *end != '\0')
        throw InputError(Message::text(TWB_TR("twb", "%1: line %2: '%3' for attribute '%4' is not a number"),
                                     {origin, std::to_string(lineNo), cells[k], t.attributes[k - 1]}));
      row.push_back(v);
    }
    t.classes.push_back(cells[0]);
    t.values.push_back(std::move(row));
  }
  if (t.classes.empty())
    throw InputError(Message::text(TWB_TR("twb", "%1: the attribute table has no classes"), {origin}));
  return t;
}

std::string attributeTableToCsv(const AttributeTable& table) {
  std::ostringstream out;
  out << "class";
  for (const auto& a : table.attributes)
    out << ',' << a;
  out << '\n';
  for (std::size_t r = 0; r < table.classes.size(); ++r) {
    out << table.classes[r];
    for (float v : table.values[r])
      out << ',' << v;
    out << '\n';
  }
  return out.str();
}

const AttributeTable& fashionAttributeTable() {
  static const AttributeTable table = parseAttributeTable(embedded::kFashionCsv, "resources/attributes/fashion.csv");
  return table;
}

const AttributeTable& shapesAttributeTable() {
  static const AttributeTable table = parseAttributeTable(embedded::kShapesCsv, "resources/attributes/shapes.csv");
  return table;
}

} // namespace twb
