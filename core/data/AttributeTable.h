#pragma once
// Class descriptions as attributes: a CSV whose first column is the class name and
// whose other columns are one attribute each (0/1 or real values). The `shapes`
// dataset is generated from its table; zero-shot learning maps images onto them.
#include <string>
#include <vector>

namespace twb {

struct AttributeTable {
  std::vector<std::string> attributes;      // column names after "class"
  std::vector<std::string> classes;         // one per row
  std::vector<std::vector<float>> values;   // [row][attribute]

  // Index of `attribute`, or -1.
  int column(const std::string& attribute) const;
};

// Lines starting with '#' are comments. InputError naming `origin` and the line for a ragged row, a non-number, a
// duplicate class or an empty table.
AttributeTable parseAttributeTable(const std::string& csv, const std::string& origin);

// The shipped table of the `shapes` dataset (resources/attributes/shapes.csv,
// compiled into the program so it needs no install path).
const AttributeTable& shapesAttributeTable();

// The table as CSV text that parseAttributeTable reads back (the window saves edits).
std::string attributeTableToCsv(const AttributeTable& table);

// The hand-made descriptions of the ten Fashion-MNIST classes
// (resources/attributes/fashion.csv; its comment rows say why each value).
const AttributeTable& fashionAttributeTable();

} // namespace twb
