#pragma once
// A minimal PNG encoder (8-bit RGB, zlib from the system), so that projector sprites
// are written the same way with or without OpenCV. Internal to core.
#include <cstdint>
#include <string>
#include <vector>

namespace twb {

// `rgb` holds height rows of width * 3 bytes. Returns the PNG file's bytes.
std::string encodePngRgb(const std::vector<std::uint8_t>& rgb, int width, int height);

} // namespace twb
