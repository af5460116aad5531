#include "text/text_data.h"

#include <algorithm>
#include <fstream>

#include "core/data_dir.h"
#include "text/normalize.h"

namespace dyad {
namespace {

// Calls fn(line_number, fields) for each non-comment line of a TSV file.
template <class Fn>
bool ReadTsv(const std::string& path, std::vector<std::string>* problems, Fn fn) {
  std::ifstream in(path);
  if (!in) {
    problems->push_back(path + ": cannot open");
    return false;
  }
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    std::string_view rest = line;
    while (true) {
      const size_t tab = rest.find('\t');
      fields.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (!fn(fields)) problems->push_back(path + ":" + std::to_string(n) + ": malformed line");
  }
  return true;
}

std::string Key(std::string_view lang, std::string_view word) {
  std::string k;
  k.reserve(lang.size() + 1 + word.size());
  k.append(lang).push_back('\t');
  k.append(word);
  return k;
}

}  // namespace

TextData::TextData(const std::string& dir) {
  ReadTsv(dir + "/abbreviations.tsv", &problems_, [&](const std::vector<std::string_view>& f) {
    if (f.size() != 3 || f[0].empty() || f[1].size() < 2 || f[1].back() != '.') return false;
    AbbreviationKind kind;
    if (f[2] == "title") {
      kind = AbbreviationKind::kTitle;
    } else if (f[2] == "plain") {
      kind = AbbreviationKind::kPlain;
    } else {
      return false;
    }
    std::string word = NormalizeWord(f[1].substr(0, f[1].size() - 1));
    abbreviations_[Key(f[0], word)] = kind;
    // Without a language, a word listed anywhere counts; "title" wins over "plain" only
    // when every listing says so, so a word that may end a sentence somewhere may do so.
    auto [it, fresh] = any_lang_abbreviations_.emplace(word, kind);
    if (!fresh && kind == AbbreviationKind::kPlain) it->second = kind;
    return true;
  });
  ReadTsv(dir + "/sentence_starters.tsv", &problems_, [&](const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[1].empty()) return false;
    starters_[Key(f[0], NormalizeWord(f[1]))] = true;
    return true;
  });
  ReadTsv(dir + "/langid_words.tsv", &problems_, [&](const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[0].empty()) return false;
    std::string_view words = f[1];
    while (!words.empty()) {
      const size_t sp = words.find(' ');
      const std::string_view w = words.substr(0, sp);
      if (!w.empty()) {
        auto& langs = word_langs_[NormalizeWord(w)];
        if (std::find(langs.begin(), langs.end(), f[0]) == langs.end()) langs.emplace_back(f[0]);
      }
      if (sp == std::string_view::npos) break;
      words.remove_prefix(sp + 1);
    }
    return true;
  });
  ReadTsv(dir + "/fuzzy_common_words.tsv", &problems_, [&](const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[1].empty()) return false;
    fuzzy_common_words_.emplace_back(f[1]);
    return true;
  });
}

const TextData& TextData::Get() {
  static const TextData data(DataDir() + "/text");
  return data;
}

AbbreviationKind TextData::Abbreviation(std::string_view lang, std::string_view word) const {
  if (lang.empty()) {
    auto it = any_lang_abbreviations_.find(word);
    return it == any_lang_abbreviations_.end() ? AbbreviationKind::kNone : it->second;
  }
  if (auto it = abbreviations_.find(Key(lang, word)); it != abbreviations_.end()) return it->second;
  if (auto it = abbreviations_.find(Key("*", word)); it != abbreviations_.end()) return it->second;
  return AbbreviationKind::kNone;
}

bool TextData::IsSentenceStarter(std::string_view lang, std::string_view norm) const {
  return starters_.count(Key(lang, norm)) > 0;
}

const std::vector<std::string>* TextData::LanguagesOfWord(std::string_view norm) const {
  return word_langs_.find(norm);
}

}  // namespace dyad
