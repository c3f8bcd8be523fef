package org.tonewatch.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.reference.ReferenceData;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.load(ReferenceData.bundled());

  @Test
  void splitsTheHeadlineFromTheBodyAndDropsTheIndependentsChrome() {
    String text = "To Russia with love: hopes visit will signal new dawn\n\n\nClick to follow\nIndy Politics\n\n"
        + "David Cameron will next week travel to Moscow.\n";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "The Independent");

    assertEquals("To Russia with love: hopes visit will signal new dawn", cleaned.title());
    assertEquals(text.length(), cleaned.body().length(), "offsets into the body are offsets into the text");
    assertEquals("David Cameron will next week travel to Moscow.", cleaned.body().strip());
    assertEquals(List.of("click-to-follow", "indy-politics"), cleaned.removed().stream().map(ArticleCleaner.Removed::rule).toList());
  }

  @Test
  void keepsAFirstLineThatIsASentenceAsBody() {
    String text = "David Cameron has signalled readiness to rebuild ties.\n\nThe Prime Minister arrived yesterday.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, null);

    assertNull(cleaned.title());
    assertEquals(text, cleaned.body());
  }

  @Test
  void dropsDatelinesAndCreditsAndKeepsThemApart() {
    String text = "Putin approach to May preceded 'reopening of diplomatic channels'\n\n"
        + "30 May 2019, 18:23 | Updated: 30 May 2019, 21:03\n\n06.04.2017\n\nIndependent (06 April 2017)\n\n"
        + "An approach by President Vladimir Putin preceded the reopening.";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "Sky News");

    assertEquals("Putin approach to May preceded 'reopening of diplomatic channels'", cleaned.title());
    assertEquals("An approach by President Vladimir Putin preceded the reopening.", cleaned.body().strip());
    assertEquals(List.of("dateline", "dateline", "credit"), cleaned.removed().stream().map(ArticleCleaner.Removed::kind).toList());
  }

  @Test
  void dropsTheCommentFormAndEverythingAfterIt() {
    String text = "The Military Army Blog\n\nMay and Putin discuss security cooperation\n\nThe two leaders spoke.\n\n"
        + "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, "The Military Army Blog");

    assertEquals("May and Putin discuss security cooperation", cleaned.title());
    assertEquals("The two leaders spoke.", cleaned.body().strip());
    assertEquals("masthead", cleaned.removed().get(0).rule());
  }

  @Test
  void dropsABlogNameEvenWithoutAManifest() {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle("The Military Army Blog\n\nA headline\n\nThe body.", null);

    assertEquals("blog-name", cleaned.removed().get(0).rule());
    assertEquals("A headline", cleaned.title());
  }

  @Test
  void dropsTheRepublishersSourceFooterAndLinesOfOnlyQuoteMarks() {
    String text = "Headline here\n\nRussia and Britain met.\n\n\"\n\n\u201c \u201d\n\nKaynak/Source:\nsome-site.example";
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle(text, null);

    assertEquals("Russia and Britain met.", cleaned.body().strip());
    assertEquals(List.of("punctuation-only", "punctuation-only", "kaynak-source", "kaynak-source"),
        cleaned.removed().stream().map(ArticleCleaner.Removed::rule).toList());
  }

  @Test
  void joinsAParagraphBrokenInTheMiddleOfASentence() {
    String text = "Headline\n\nThe line was that he would be\n\nrobust with Moscow.\n\nNext paragraph.";
    String body = CLEANER.cleanWithTitle(text, null).body();

    assertEquals(text.length(), body.length());
    assertTrue(body.contains("would be  robust with Moscow."), body);
    assertTrue(body.contains("Moscow.\n\nNext"), "a finished sentence keeps its paragraph break");
  }

  @Test
  void takesNoTitleFromAnArticleOfOneLine() {
    ArticleCleaner.Cleaned cleaned = CLEANER.cleanWithTitle("Russia expels diplomats", null);

    assertNull(cleaned.title());
    assertFalse(cleaned.body().isBlank());
  }

  @Test
  void rejectsAnUnknownMatchKindWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChromeRule("bad", "chrome", "glob", "x*", false));
    assertEquals("chrome rule bad: match must be one of [exact, prefix, regex, outlet], not 'glob'", e.getMessage());
  }
}
