package org.tonewatch.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A UK or Russian leader from {@code leaders.csv} with the offices held ({@code offices.csv}).
 *
 * @param id lowercase ASCII slug of the English Wikipedia name, e.g. {@code vladimir-putin}
 * @param country {@code GB} or {@code RU}
 * @param variants full-name spellings that identify the leader on their own
 * @param surnames surnames that identify the leader only when the text marks them as a person
 */
public record Leader(String id, String name, String country, List<String> variants, List<String> surnames, List<Office> offices)
    implements Serializable {

  /** True when the leader held any office within {@code years} years of {@code date}. */
  public boolean inOfficeNear(LocalDate date, int years) {
    LocalDate from = date.minusYears(years);
    LocalDate to = date.plusYears(years);
    return offices.stream().anyMatch(office -> office.overlaps(from, to));
  }

  /** True when the leader held {@code office} on every day from {@code first} to {@code last}. */
  public boolean heldThroughout(String office, LocalDate first, LocalDate last) {
    return offices.stream().anyMatch(o -> o.office().equals(office) && o.covers(first, last));
  }

  /**
   * One term in one office; {@code end} is null while the term lasts. On the day of a handover the successor holds
   * the office ({@code start} counts, {@code end} does not).
   */
  public record Office(String office, LocalDate start, LocalDate end) implements Serializable {
    public boolean covers(LocalDate first, LocalDate last) {
      return !start.isAfter(first) && (end == null || last.isBefore(end));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
      return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
  }
}
