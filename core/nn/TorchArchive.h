#pragma once
// model.pt is LibTorch's TorchScript archive: a zip of pickles, tensor data and the
// archive's classes declared in TorchScript source. LibTorch 1.13 reads it trusting
// every byte: it checks none of the zip's checksums, and its TorchScript parser
// segfaults on some damaged class declarations (fuzz_checkpoint found one:
// "__buffets__ = []" where "__buffers__ = []" was). A crash there ends the window,
// and no try/catch can stop it, so every model.pt is checked here first, without
// torch: the zip's structure and each entry's CRC-32 (so a flipped bit or a cut is
// found, in any entry), and the class declarations against the few forms LibTorch's
// serializer writes for an archive of values (names, Tensor, int, ... and nested
// archives), with every class they name present and none naming itself.
#include <string>

namespace twb {

// Throws InputError "PATH: cannot be read as a model checkpoint (WHY)" unless `bytes`
// (a whole model.pt) passes the checks above; `path` names it in the error.
void checkTorchArchive(const std::string& bytes, const std::string& path);

} // namespace twb
