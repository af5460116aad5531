#include <gtest/gtest.h>

#include "core/dates.h"
#include "core/ids.h"
#include "core/utf8.h"

namespace dyad {

TEST(Utf8, DecodesAndFlagsInvalidBytes) {
  EXPECT_EQ(utf8::FirstInvalid("plain ascii"), std::string_view::npos);
  EXPECT_EQ(utf8::FirstInvalid("روسيا and Россия"), std::string_view::npos);
  EXPECT_EQ(utf8::FirstInvalid("ab\xff" "cd"), 2u);
  EXPECT_EQ(utf8::FirstInvalid("\xed\xa0\x80"), 0u);  // a lone surrogate
  EXPECT_EQ(utf8::FirstInvalid("\xc0\xaf"), 0u);      // overlong
  EXPECT_EQ(utf8::FirstInvalid("trunc\xd8"), 5u);
  EXPECT_EQ(utf8::Repair("a\xffz"), "a\uFFFDz");
  size_t i = 0;
  EXPECT_EQ(utf8::Next("é", i), 0xE9u);
  EXPECT_EQ(i, 2u);
}

TEST(Ids, StableAndWhitespaceInsensitive) {
  EXPECT_EQ(DocumentId("", "Baku  and\nMoscow "), DocumentId("", "Baku and Moscow"));
  EXPECT_NE(DocumentId("", "Baku and Moscow"), DocumentId("", "Moscow and Baku"));
  EXPECT_EQ(DocumentId("https://example.org/a", "x"), DocumentId("https://example.org/a", "y"));
  EXPECT_EQ(DocumentId("", "x").size(), 16u);
  // The id is the hash of "text:" and the text with white space collapsed and trimmed.
  EXPECT_EQ(DocumentId("", " \tBaku  and\n\nMoscow \n"), HashHex("text:Baku and Moscow"));
  EXPECT_EQ(DocumentId("", " \r\n "), HashHex("text:"));
  // Texts longer than the hashing buffer, with words longer than it too.
  std::string text, collapsed = "text:";
  for (int k = 0; k < 3000; ++k) {
    const std::string word = k % 1000 == 7 ? std::string(5000, 'w') : "word" + std::to_string(k);
    text += word + (k % 3 ? " " : " \n\t ");
    collapsed += (k ? " " : "") + word;
  }
  EXPECT_EQ(DocumentId("", text), HashHex(collapsed));
  // The hash must never change between versions: stored ids depend on it.
  EXPECT_EQ(HashHex(""), "2d06800538d394c2");
}

TEST(Dates, ValidatesAndFinds) {
  EXPECT_TRUE(IsValidDate("2024-02-29"));
  EXPECT_FALSE(IsValidDate("2025-02-29"));
  EXPECT_FALSE(IsValidDate("2025-02-31"));
  EXPECT_FALSE(IsValidDate("20250-01-01"));
  EXPECT_FALSE(IsValidDate("2025-13-01"));
  EXPECT_EQ(FindDateIn("2025-06-28_raids.txt"), "2025-06-28");
  EXPECT_EQ(FindDateIn("news/2025/07/01/story"), "2025-07-01");
  EXPECT_EQ(FindDateIn("a20250701b"), "2025-07-01");
  EXPECT_EQ(FindDateIn("id 1234567890"), "");
  EXPECT_EQ(FindDateIn("2025-02-31"), "");
  EXPECT_EQ(DateOfTimestamp("2025-07-01T10:00:00Z"), "2025-07-01");
  EXPECT_EQ(DateOfTimestamp("July 1"), "");
}

}  // namespace dyad
