package org.tonewatch.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.PublicationDate;
import org.tonewatch.reference.Outlets;
import org.tonewatch.reference.ReferenceData;

class DatelineDateTest {
  private static DatelineDate.Found day(int year, int month, int day) {
    return new DatelineDate.Found(LocalDate.of(year, month, day), "day");
  }

  @Test
  void readsWrittenAndIsoDatesAndTakesTheFirstStamp() {
    assertEquals(day(2019, 5, 30), DatelineDate.read(List.of("30 May 2019, 18:23 | Updated: 31 May 2019, 21:03")));
    assertEquals(day(2019, 5, 30), DatelineDate.read(List.of("Updated May 30, 2019")));
    assertEquals(day(2016, 8, 10), DatelineDate.read(List.of("Posted 2016-08-10 09:00")));
    assertEquals(day(2011, 9, 13), DatelineDate.read(List.of("13 Sept. 2011")));
  }

  @Test
  void aNumericDateGivesItsDayOnlyWhenNothingElseCouldBeMeant() {
    assertEquals(day(2017, 4, 6), DatelineDate.read(List.of("06.04.2017", "Independent (06 April 2017)")));
    assertEquals(new DatelineDate.Found(LocalDate.of(2017, 1, 1), "year"), DatelineDate.read(List.of("06.04.2017")));
    assertEquals("2017", DatelineDate.read(List.of("06.04.2017")).published());
    assertEquals(day(2017, 4, 26), DatelineDate.read(List.of("26.04.2017")));
    assertEquals(day(2017, 4, 26), DatelineDate.read(List.of("04/26/2017")));
  }

  @Test
  void aCopysCreditNamesTheEarlierDate() {
    assertEquals(day(2017, 4, 6), DatelineDate.read(List.of("14 January 2018", "Independent (06 April 2017)")));
  }

  @Test
  void givesNothingRatherThanAGuess() {
    assertNull(DatelineDate.read(List.of()));
    assertNull(DatelineDate.read(List.of("Updated yesterday")));
    assertNull(DatelineDate.read(List.of("31.02.2017")));
    assertNull(DatelineDate.read(List.of("12 May 1066")));
  }

  /**
   * The sample folder without its manifest: the two texts that carry a date get it, the others none; the copy (003)
   * gets its original outlet from its credit.
   */
  @Test
  void datesTheSampleTextsThatCarryADateAndNoOthers() throws Exception {
    Path samples = Path.of(System.getProperty("tonewatch.project.dir", "."), "data", "articles");
    CleanArticle clean = new CleanArticle(ArticleCleaner.load(ReferenceData.bundled()), Outlets.load(ReferenceData.bundled()));
    Map<String, String> dates = new TreeMap<>();
    Map<String, String> originals = new TreeMap<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Article article = new Article();
        article.setText(Files.readString(file, StandardCharsets.UTF_8));
        PublicationDate.apply(article, null, null, null);
        clean.call(article);
        dates.put(file.getFileName().toString().substring(0, 3),
            article.getDateSource() + " " + article.getPublished() + " " + article.getDatePrecision() + " " + article.getYear());
        if (article.getOriginalOutlet() != null) {
          originals.put(file.getFileName().toString().substring(0, 3), article.getOriginalOutlet() + " " + article.getOriginalOutletSource());
        }
      }
    }
    assertEquals(Map.of(
        "000", "unknown null null null",
        "001", "dateline 2019-05-30 day 2019",
        "002", "unknown null null null",
        "003", "dateline 2017-04-06 day 2017",
        "004", "unknown null null null"), dates);
    assertEquals(Map.of("003", "The Independent credit"), originals);
  }
}
