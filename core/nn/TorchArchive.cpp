#include "nn/TorchArchive.h"

#include "base/Errors.h"

#include <zlib.h>

#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

namespace twb {
namespace {

// What is wrong, in the words the error gives after the file's name.
struct Damaged : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// --- The zip container (PKWARE's APPNOTE: end record, central directory, local headers)

std::uint32_t le(const std::string& b, std::size_t at, int bytes) {
  if (at > b.size() || b.size() - at < static_cast<std::size_t>(bytes))
    throw Damaged("cut short");
  std::uint32_t v = 0;
  for (int k = bytes - 1; k >= 0; --k)
    v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(k)]);
  return v;
}

struct Entry {
  std::string name;
  std::string data; // uncompressed
};

// An entry's bytes: stored as they are, or deflated (LibTorch compresses its code
// files); `size` is the central directory's, and the result must have exactly it.
std::string unpack(const std::string& b, std::size_t at, std::uint32_t packed, std::uint32_t size, int method) {
  if (method == 0) {
    if (packed != size)
      throw Damaged("a stored entry's sizes differ");
    return b.substr(at, size);
  }
  // A model.pt's code files are a few kilobytes; this bounds what a damaged size asks.
  constexpr std::uint32_t kLargestDeflated = 64u << 20;
  if (size > kLargestDeflated)
    throw Damaged("a compressed entry is too large");
  std::string out(size, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
    throw std::bad_alloc();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(b.data() + at));
  z.avail_in = packed;
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = size;
  const int rc = inflate(&z, Z_FINISH);
  const bool whole = rc == Z_STREAM_END && z.avail_out == 0;
  inflateEnd(&z);
  if (!whole)
    throw Damaged("a compressed entry does not inflate to its size");
  return out;
}

std::vector<Entry> readZip(const std::string& b) {
  constexpr std::size_t kEndRecord = 22;
  if (b.size() < kEndRecord)
    throw Damaged("not a zip archive");
  // The end record is the last 22 bytes plus a comment of at most 65,535.
  std::size_t end = std::string::npos;
  for (std::size_t at = b.size() - kEndRecord;; --at) {
    if (le(b, at, 4) == 0x06054b50) {
      end = at;
      break;
    }
    if (at == 0 || b.size() - at >= kEndRecord + 0xFFFF)
      break;
  }
  if (end == std::string::npos)
    throw Damaged("not a zip archive");
  const std::uint32_t count = le(b, end + 10, 2);
  const std::uint32_t dirSize = le(b, end + 12, 4);
  const std::uint32_t dirAt = le(b, end + 16, 4);
  if (dirAt > end || end - dirAt < dirSize)
    throw Damaged("its directory lies outside the file");
  std::vector<Entry> entries;
  std::size_t at = dirAt;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (le(b, at, 4) != 0x02014b50)
      throw Damaged("its directory is damaged");
    const std::uint32_t flags = le(b, at + 8, 2), method = le(b, at + 10, 2), crc = le(b, at + 16, 4);
    const std::uint32_t packed = le(b, at + 20, 4), size = le(b, at + 24, 4);
    const std::size_t nameLength = le(b, at + 28, 2), extra = le(b, at + 30, 2), comment = le(b, at + 32, 2);
    const std::size_t local = le(b, at + 42, 4);
    const std::size_t next = at + 46 + nameLength + extra + comment;
    if (next > dirAt + dirSize)
      throw Damaged("its directory is damaged");
    Entry e;
    e.name = b.substr(at + 46, nameLength);
    at = next;
    for (char c : e.name)
      if (c < 0x20 || c > 0x7e) // LibTorch writes ASCII names; and the error quotes them
        throw Damaged("an entry's name is damaged");
    if (flags & 1)
      throw Damaged("an entry is encrypted");
    if (method != 0 && method != 8)
      throw Damaged("an entry is compressed in a way LibTorch does not write");
    // The local header's fields are read (bounds-checked) before its name is compared.
    const bool signed_ = le(b, local, 4) == 0x04034b50;
    const std::size_t dataAt = local + 30 + le(b, local + 26, 2) + le(b, local + 28, 2);
    if (!signed_ || b.size() - (local + 30) < nameLength || b.compare(local + 30, nameLength, e.name) != 0)
      throw Damaged(e.name + ": its header is damaged");
    if (dataAt > dirAt || dirAt - dataAt < packed)
      throw Damaged(e.name + ": lies outside the file");
    e.data = unpack(b, dataAt, packed, size, static_cast<int>(method));
    if (crc32(0L, reinterpret_cast<const Bytef*>(e.data.data()), static_cast<uInt>(e.data.size())) != crc)
      throw Damaged(e.name + ": its checksum does not match (the file is damaged)");
    entries.push_back(std::move(e));
  }
  return entries;
}

// --- The class declarations (LibTorch's PythonPrint of an archive's modules)

bool isNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// "__torch__.Module" or "__torch__.___torch_mangle_N.Module": the classes LibTorch
// names an archive's modules by.
bool isClassName(const std::string& name) {
  if (name == "__torch__.Module")
    return true;
  const std::string head = "__torch__.___torch_mangle_", tail = ".Module";
  if (name.size() <= head.size() + tail.size() || !startsWith(name, head) ||
      name.compare(name.size() - tail.size(), tail.size(), tail) != 0)
    return false;
  const std::string number = name.substr(head.size(), name.size() - head.size() - tail.size());
  return number.size() <= 9 && number.find_first_not_of("0123456789") == std::string::npos;
}

// The class a code file declares (empty if none): code/__torch__.py declares
// "__torch__.Module", code/__torch__/___torch_mangle_7.py "__torch__.___torch_mangle_7.Module".
std::string classOfCodeFile(const std::string& path) {
  if (path == "code/__torch__.py")
    return "__torch__.Module";
  const std::string dir = "code/__torch__/";
  if (!startsWith(path, dir) || path.size() <= dir.size() + 3 || path.compare(path.size() - 3, 3, ".py") != 0)
    return {};
  const std::string cls = "__torch__." + path.substr(dir.size(), path.size() - dir.size() - 3) + ".Module";
  return isClassName(cls) ? cls : std::string();
}

// A value's type as the serializer writes it: Tensor, bool, int, float, str, a
// nested archive's class, or List/Tuple/Optional of those (a few levels).
class TypeReader {
public:
  TypeReader(const std::string& s, std::set<std::string>& classes) : s_(s), classes_(classes) {}
  bool whole() { return type(0) && i_ == s_.size(); }

private:
  bool word(const char* w) {
    const std::string ws(w);
    if (s_.compare(i_, ws.size(), ws) != 0)
      return false;
    i_ += ws.size();
    return true;
  }
  bool type(int depth) {
    if (depth > 4)
      return false;
    for (const char* container : {"List[", "Optional[", "Tuple["})
      if (word(container)) {
        if (!type(depth + 1))
          return false;
        while (container[0] == 'T' && word(", "))
          if (!type(depth + 1))
            return false;
        return word("]");
      }
    if (s_.compare(i_, 10, "__torch__.") == 0) {
      std::size_t end = i_;
      while (end < s_.size() && (isNameChar(s_[end]) || s_[end] == '.'))
        ++end;
      const std::string name = s_.substr(i_, end - i_);
      if (!isClassName(name))
        return false;
      classes_.insert(name);
      i_ = end;
      return true;
    }
    std::size_t end = i_;
    while (end < s_.size() && isNameChar(s_[end]))
      ++end;
    const std::string name = s_.substr(i_, end - i_);
    for (const char* plain : {"Tensor", "bool", "int", "float", "str"})
      if (name == plain) {
        i_ = end;
        return true;
      }
    return false;
  }

  const std::string& s_;
  std::set<std::string>& classes_;
  std::size_t i_ = 0;
};

bool isIdentifier(const std::string& s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
    return false;
  for (char c : s)
    if (!isNameChar(c))
      return false;
  return true;
}

// A name LibTorch quotes: an attribute, parameter or buffer of a module, or an
// archive's key ("params/0", "fc1.weight", "0x5626984348b0" for optimizer state).
bool isQuotedName(const std::string& s) {
  if (s.empty() || s.size() > 256)
    return false;
  for (char c : s)
    if (!isNameChar(c) && c != '.' && c != '/')
      return false;
  return true;
}

// ["a", "b", ] or []: the names of a module's parameters or buffers.
bool isNameList(const std::string& s) {
  if (s.size() < 2 || s.front() != '[' || s.back() != ']')
    return false;
  std::size_t i = 1;
  while (i + 1 < s.size()) {
    if (s[i] != '"')
      return false;
    const std::size_t close = s.find('"', i + 1);
    if (close == std::string::npos || !isQuotedName(s.substr(i + 1, close - i - 1)) || s.compare(close + 1, 2, ", ") != 0)
      return false;
    i = close + 3;
  }
  return i + 1 == s.size();
}

// One code file: "class Module(Module):" and then only attribute lines. Returns the
// classes its attributes name.
std::set<std::string> checkDeclaration(const std::string& path, const std::string& text) {
  std::set<std::string> named;
  std::size_t start = 0;
  bool header = false;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos)
      end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty())
      continue;
    bool ok = false;
    if (!header) {
      ok = header = line == "class Module(Module):";
    } else if (startsWith(line, "  __parameters__ = ")) {
      ok = isNameList(line.substr(19));
    } else if (startsWith(line, "  __buffers__ = ")) {
      ok = isNameList(line.substr(16));
    } else if (line == "  __annotations__ = []") {
      ok = true;
    } else if (startsWith(line, "  __annotations__[\"")) {
      const std::size_t close = line.find("\"] = ", 19);
      ok = close != std::string::npos && isQuotedName(line.substr(19, close - 19)) &&
           TypeReader(line.substr(close + 5), named).whole();
    } else if (startsWith(line, "  ")) {
      const std::size_t colon = line.find(" : ", 2);
      ok = colon != std::string::npos && isIdentifier(line.substr(2, colon - 2)) &&
           TypeReader(line.substr(colon + 3), named).whole();
    }
    if (!ok)
      throw Damaged(path + ": a class declaration LibTorch did not write");
  }
  if (!header)
    throw Damaged(path + ": declares no class");
  return named;
}

// Every class named is declared, and none contains itself (LibTorch would recurse).
void checkClassesNamed(const std::map<std::string, std::set<std::string>>& named) {
  std::map<std::string, int> state; // 1 while visiting, 2 when done
  std::vector<std::pair<std::string, std::set<std::string>::const_iterator>> stack;
  for (const auto& [root, unused] : named) {
    if (state[root] == 2)
      continue;
    state[root] = 1;
    stack.emplace_back(root, named.at(root).begin());
    while (!stack.empty()) {
      auto& [cls, next] = stack.back();
      if (next == named.at(cls).end()) {
        state[cls] = 2;
        stack.pop_back();
        continue;
      }
      const std::string& child = *next++;
      if (!named.count(child))
        throw Damaged("a class declaration names " + child + ", which it does not hold");
      if (state[child] == 1)
        throw Damaged("the class " + child + " contains itself");
      if (state[child] == 0) {
        state[child] = 1;
        stack.emplace_back(child, named.at(child).begin());
      }
    }
  }
}

void checkContents(const std::vector<Entry>& entries) {
  if (entries.empty())
    throw Damaged("an empty archive");
  // Every entry lies in one folder, named by the writer ("archive/", or the file's stem).
  const std::size_t slash = entries.front().name.find('/');
  if (slash == 0 || slash == std::string::npos)
    throw Damaged("not a LibTorch archive");
  const std::string folder = entries.front().name.substr(0, slash + 1);
  bool data = false;
  std::map<std::string, std::set<std::string>> classes;
  for (const Entry& e : entries) {
    if (!startsWith(e.name, folder))
      throw Damaged("not a LibTorch archive");
    const std::string inside = e.name.substr(folder.size());
    data = data || inside == "data.pkl";
    if (!startsWith(inside, "code/") || inside.size() < 3 || inside.compare(inside.size() - 3, 3, ".py") != 0)
      continue;
    const std::string cls = classOfCodeFile(inside);
    if (cls.empty())
      throw Damaged(e.name + ": not a class LibTorch writes");
    classes[cls] = checkDeclaration(e.name, e.data);
  }
  if (!data)
    throw Damaged("holds no data.pkl");
  checkClassesNamed(classes);
}

} // namespace

void checkTorchArchive(const std::string& bytes, const std::string& path) {
  try {
    checkContents(readZip(bytes));
  } catch (const Damaged& e) {
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot be read as a model checkpoint (%2)"), {path, e.what()}));
  }
}

} // namespace twb
