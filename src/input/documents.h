// Turns the bytes of one input file into raw documents: plain text, HTML or JSON Lines.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "input/paths.h"

namespace dyad {

// "html", "jsonl" or "text", from the file name (ignoring .gz/.zst) and, when the name
// says nothing, from the content.
std::string DetectFormat(const std::string& path, const std::string& bytes);

// Parses bytes read from path. A file-level problem (empty, binary, invalid UTF-8)
// yields no documents and one problem; in JSON Lines each malformed line is one
// problem ("path:line") and the other lines are still read. The date of a document is
// taken from its own metadata, else from a date in the file name.
std::vector<RawDocument> ParseDocuments(const std::string& path, const std::string& bytes,
                                        std::vector<InputProblem>* problems);

}  // namespace dyad
