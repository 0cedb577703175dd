#pragma once
// Vectors as TensorBoard's projector stores them (vectors.tsv): one vector a line,
// values separated by tabs, no header. `twb embed` writes them, `twb tsne` reads them.
#include <cstddef>
#include <string>
#include <vector>

namespace twb {

struct Vectors {
  std::size_t n = 0, dim = 0;
  std::vector<float> values; // n * dim, row-major
};

// Parses the text of a vectors file; `name` is the file named in errors. Throws
// InputError naming it and the first problem: an empty file, a value that is not a
// finite number (with its line and column), or a line whose count of values
// differs from the first line's. Blank lines and a final newline are allowed.
Vectors parseVectorsTsv(const std::string& text, const std::string& name);

// The same for a file on disk (InputError when it cannot be read).
Vectors readVectorsTsv(const std::string& path);

// Rows of `columns` values, tab-separated, each float in its shortest exact form.
std::string formatTsv(const std::vector<float>& values, std::size_t columns);

} // namespace twb
