package org.tonewatch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as given by a manifest ({@code 2011}, {@code 2011-09}, {@code 2011-09-13}, with a
 * precision of year, month or day) or by news-please ({@code 2019-05-30 18:23:00}). A date that cannot be read is
 * never guessed: it gets status {@code invalid} and a null year, and the article is still annotated.
 */
public final class PublicationDate {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

  private PublicationDate() {}

  /** Where a date came from: the manifest (or the news-please record), a dateline in the text, or nowhere. */
  public static final String MANIFEST = "manifest";
  public static final String DATELINE = "dateline";
  public static final String UNKNOWN = "unknown";

  /**
   * Sets published, datePrecision, dateStatus, dateSource, publishedRaw and year on {@code article} from a manifest's
   * or news-please's date. A date whose period starts after {@code latest} (the run's own date) is {@code invalid}: an
   * article cannot be published after it was read. {@code latest} may be null (no bound).
   */
  public static void apply(Article article, String raw, String precision, LocalDate latest) {
    article.setPublishedRaw(raw);
    article.setDateSource(UNKNOWN);
    String value = raw == null ? "" : raw.trim();
    if (value.isEmpty()) {
      article.setDateStatus("missing");
      return;
    }
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      article.setDateStatus("invalid");
      return;
    }
    String found = m.group(3) != null ? "day" : m.group(2) != null ? "month" : "year";
    String wanted = precision == null || precision.isBlank() ? found : precision.trim().toLowerCase();
    try {
      int year = Integer.parseInt(m.group(1));
      String published;
      switch (wanted) {
        case "day" -> published = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
        case "month" -> published = YearMonth.of(year, Integer.parseInt(m.group(2))).toString();
        case "year" -> published = String.format("%04d", year);
        default -> {
          article.setDateStatus("invalid");
          return;
        }
      }
      if (latest != null && firstDay(published, wanted).isAfter(latest)) {
        article.setDateStatus("invalid");
        return;
      }
      article.setPublished(published);
      article.setDatePrecision(wanted);
      article.setYear(year);
      article.setDateStatus("ok");
      article.setDateSource(MANIFEST);
    } catch (DateTimeException | NumberFormatException | NullPointerException e) {
      // A precision finer than the value carries (day for "2011-09") lands here too, as does 2011-02-30.
      article.setDateStatus("invalid");
    }
  }

  private static LocalDate firstDay(String published, String precision) {
    return switch (precision) {
      case "day" -> LocalDate.parse(published);
      case "month" -> YearMonth.parse(published).atDay(1);
      default -> LocalDate.of(Integer.parseInt(published), 1, 1);
    };
  }

  /** The first and last day of the period the date stands for (a day, a month or a year), or null. */
  public static LocalDate[] period(Article article) {
    if (!"ok".equals(article.getDateStatus())) {
      return null;
    }
    String p = article.getPublished();
    return switch (article.getDatePrecision()) {
      case "day" -> new LocalDate[] {LocalDate.parse(p), LocalDate.parse(p)};
      case "month" -> new LocalDate[] {YearMonth.parse(p).atDay(1), YearMonth.parse(p).atEndOfMonth()};
      default -> new LocalDate[] {LocalDate.of(Integer.parseInt(p), 1, 1), LocalDate.of(Integer.parseInt(p), 12, 31)};
    };
  }

  /** The date to resolve leaders against: the first day of the period, or null. */
  public static LocalDate reference(Article article) {
    if (!"ok".equals(article.getDateStatus())) {
      return null;
    }
    String p = article.getPublished();
    return switch (article.getDatePrecision()) {
      case "day" -> LocalDate.parse(p);
      case "month" -> YearMonth.parse(p).atDay(1);
      default -> LocalDate.of(Integer.parseInt(p), 7, 1);
    };
  }
}
