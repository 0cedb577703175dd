#include "embed/Png.h"

#include "base/Errors.h"

#include <zlib.h>

namespace twb {

namespace {

void putU32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void putChunk(std::string& out, const char* type, const std::string& data) {
  putU32(out, static_cast<std::uint32_t>(data.size()));
  const std::string body = std::string(type, 4) + data;
  out += body;
  putU32(out, static_cast<std::uint32_t>(
                  crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

} // namespace

std::string encodePngRgb(const std::vector<std::uint8_t>& rgb, int width, int height) {
  const std::size_t stride = static_cast<std::size_t>(width) * 3;
  if (width <= 0 || height <= 0 || rgb.size() != stride * static_cast<std::size_t>(height))
    throw RunError(Message::text(TWB_TR("twb", "cannot encode a PNG of %1x%2 from %3 bytes"),
                               {std::to_string(width), std::to_string(height), std::to_string(rgb.size())}));
  // Each row starts with filter type 0 (none).
  std::string raw;
  raw.reserve((stride + 1) * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    raw.push_back('\0');
    raw.append(reinterpret_cast<const char*>(rgb.data()) + static_cast<std::size_t>(y) * stride, stride);
  }
  uLongf packedSize = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(packedSize, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(raw.data()),
                static_cast<uLong>(raw.size()), 6) != Z_OK)
    throw RunError(Message::text(TWB_TR("twb", "cannot compress a PNG image")));
  packed.resize(packedSize);

  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  putU32(header, static_cast<std::uint32_t>(width));
  putU32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace
  putChunk(png, "IHDR", header);
  putChunk(png, "IDAT", packed);
  putChunk(png, "IEND", {});
  return png;
}

} // namespace twb
