package org.tonewatch.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from an article's datelines and credits (the lines the cleaner removed as
 * {@code dateline} or {@code credit}): "30 May 2019, 18:23", "06.04.2017", "Independent (06 April 2017)",
 * "May 30, 2019", "2019-05-30". Dates are never guessed:
 * <ul>
 *   <li>a numeric date whose day and month could be swapped ("06.04.2017") gives its day only when a written date
 *       in the same article agrees with one reading; otherwise only its year;
 *   <li>where lines disagree, the earliest date counts (a copy's credit names the original's date, an "Updated"
 *       stamp comes after the first one);
 *   <li>a year outside 1980–2100 is not a date.
 * </ul>
 * Pure and thread-safe.
 */
public final class DatelineDate {
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
  private static final int FIRST_YEAR = 1980;
  private static final int LAST_YEAR = 2100;

  /** A date read from the text, at {@code day} or {@code year} precision. */
  public record Found(LocalDate date, String precision) {
    public String published() {
      return precision.equals("day") ? date.toString() : String.format(Locale.ROOT, "%04d", date.getYear());
    }
  }

  private DatelineDate() {}

  /** The article's date by its datelines, or null when they give none that can be trusted. */
  public static Found read(List<String> datelines) {
    List<LocalDate> written = new ArrayList<>();
    List<int[]> numeric = new ArrayList<>();
    for (String line : datelines) {
      collect(DAY_MONTH_YEAR.matcher(line), 1, 2, 3, written);
      collect(MONTH_DAY_YEAR.matcher(line), 2, 1, 3, written);
      Matcher iso = ISO.matcher(line);
      while (iso.find()) {
        add(written, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      Matcher m = NUMERIC.matcher(line);
      while (m.find()) {
        numeric.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
      }
    }
    List<Found> found = new ArrayList<>();
    written.forEach(d -> found.add(new Found(d, "day")));
    for (int[] n : numeric) {
      Found f = numeric(n[0], n[1], n[2], written);
      if (f != null) {
        found.add(f);
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    int year = found.stream().mapToInt(f -> f.date().getYear()).min().orElseThrow();
    return found.stream()
        .filter(f -> f.date().getYear() == year && f.precision().equals("day"))
        .min(Comparator.comparing(Found::date))
        .orElse(new Found(LocalDate.of(year, 1, 1), "year"));
  }

  private static void collect(Matcher m, int dayGroup, int monthGroup, int yearGroup, List<LocalDate> into) {
    while (m.find()) {
      add(into, Integer.parseInt(m.group(yearGroup)), MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3)),
          Integer.parseInt(m.group(dayGroup)));
    }
  }

  private static void add(List<LocalDate> into, int year, int month, int day) {
    LocalDate date = date(year, month, day);
    if (date != null) {
      into.add(date);
    }
  }

  /** "06.04.2017": day first in Britain, month first in the US; only a day above 12 or a written date settles it. */
  private static Found numeric(int first, int second, int year, List<LocalDate> written) {
    LocalDate dayFirst = date(year, second, first);
    LocalDate monthFirst = date(year, first, second);
    if (dayFirst == null && monthFirst == null) {
      return null;
    }
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
      return new Found(dayFirst != null ? dayFirst : monthFirst, "day");
    }
    for (LocalDate w : written) {
      if (w.equals(dayFirst) || w.equals(monthFirst)) {
        return new Found(w, "day");
      }
    }
    return new Found(LocalDate.of(year, 1, 1), "year");
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
    }
    return Map.copyOf(months);
  }
}
