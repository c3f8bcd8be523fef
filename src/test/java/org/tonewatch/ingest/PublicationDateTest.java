package org.tonewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
  private static Article dated(String raw, String precision) {
    Article article = new Article();
    PublicationDate.apply(article, raw, precision, RUN_DATE);
    return article;
  }

  private static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 1);

  @Test
  void aDateAfterTheRunIsInvalidButTheRunsOwnDayIsNot() {
    assertEquals("invalid", dated("2026-12-02", "day").getDateStatus());
    assertNull(dated("2027", "year").getYear());
    assertEquals("invalid", dated("2027-01-01 00:00:00", null).getDateStatus());
    assertEquals("ok", dated("2026-12-01", "day").getDateStatus());
    assertEquals("ok", dated("2026-12", "month").getDateStatus(), "a month that has begun");
    assertEquals("ok", dated("2026", "year").getDateStatus());
  }

  @Test
  void readsManifestDatesAtTheirPrecision() {
    Article month = dated("2011-09", "month");
    assertEquals("2011-09", month.getPublished());
    assertEquals("month", month.getDatePrecision());
    assertEquals(2011, month.getYear());
    assertEquals(LocalDate.of(2011, 9, 1), PublicationDate.reference(month));

    Article day = dated("2019-05-30", "day");
    assertEquals("2019-05-30", day.getPublished());
    assertEquals("ok", day.getDateStatus());
  }

  @Test
  void readsNewsPleaseTimestampsAsDays() {
    Article article = dated("2016-08-10 09:41:00", null);

    assertEquals("2016-08-10", article.getPublished());
    assertEquals("day", article.getDatePrecision());
  }

  @Test
  void coarsensButNeverRefinesAPrecision() {
    assertEquals("2011", dated("2011-09-13", "year").getPublished());
    Article refined = dated("2011-09", "day");
    assertEquals("invalid", refined.getDateStatus());
    assertNull(refined.getYear());
  }

  @Test
  void marksUnreadableDatesInvalidWithoutAYear() {
    for (String raw : new String[] {"next Tuesday", "2011-02-30", "13/09/2011", "2011-13"}) {
      Article article = dated(raw, null);
      assertEquals("invalid", article.getDateStatus(), raw);
      assertNull(article.getYear(), raw);
      assertNull(article.getPublished(), raw);
      assertEquals(raw, article.getPublishedRaw());
    }
    assertEquals("invalid", dated("2011-09-13", "fortnight").getDateStatus());
  }

  @Test
  void marksAbsentDatesMissing() {
    assertEquals("missing", dated(null, null).getDateStatus());
    assertEquals("missing", dated("  ", "day").getDateStatus());
  }
}
