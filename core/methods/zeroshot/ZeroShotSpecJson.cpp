#include "methods/zeroshot/ZeroShotSpecJson.h"

namespace twb {

void readZeroShot(JsonReader r, ZeroShotSpec& z) {
  r.read("loss", z.loss);
  requireOneOf(r, "loss", z.loss, {"margin", "devise", "l2"});
  r.read("margin", z.margin);
  requireAtLeast(r, "margin", z.margin, 0);
  r.read("unseen", z.unseen);
  for (std::size_t i = 0; i < z.unseen.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (z.unseen[i] == z.unseen[j])
        r.fail("unseen", Message::text(TWB_TR("twb", "names class '%1' twice"), {z.unseen[i]}));
  r.read("attributes", z.attributes);
  r.read("word_vectors", z.wordVectors);
  r.read("embedding_dim", z.embeddingDim);
  if (z.embeddingDim < 1 || z.embeddingDim > 4096)
    r.fail("embedding_dim", Message::text(TWB_TR("twb", "must be between 1 and 4096")));
  r.read("eszsl_gamma", z.eszslGamma);
  requireGreaterThan(r, "eszsl_gamma", z.eszslGamma, 0);
  r.read("eszsl_lambda", z.eszslLambda);
  requireGreaterThan(r, "eszsl_lambda", z.eszslLambda, 0);
  r.read("conse_top", z.conseTop);
  requireAtLeast(r, "conse_top", z.conseTop, 1);
  r.finish();
}

Json zeroShotToJson(const ZeroShotSpec& z) {
  return Json{{"loss", z.loss},
              {"margin", z.margin},
              {"unseen", z.unseen},
              {"attributes", z.attributes},
              {"word_vectors", z.wordVectors},
              {"embedding_dim", z.embeddingDim},
              {"eszsl_gamma", z.eszslGamma},
              {"eszsl_lambda", z.eszslLambda},
              {"conse_top", z.conseTop}};
}

} // namespace twb
