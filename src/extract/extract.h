// Extraction: a RawDocument becomes the stored Document (body text + metadata).
#pragma once

#include "core/document.h"
#include "core/status.h"
#include "extract/furniture.h"

namespace dyad {

// Fails only when nothing of the article is left (e.g. a page with no body text).
// The document id is set here (from the URL or the extracted text); lang is left for
// the text stage unless the input declared it.
Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture);

}  // namespace dyad
