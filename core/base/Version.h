#pragma once
namespace twb {
// TWB_VERSION comes from project(VERSION) in the top-level CMakeLists.txt.
inline constexpr const char* kVersion = TWB_VERSION;
} // namespace twb
