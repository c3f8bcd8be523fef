package org.tonewatch.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code leaders.csv} and {@code offices.csv} into {@link Leader}s, in file order, and the tables that resolve
 * titles to them ({@code titles.csv}, {@code country_words.csv}). Driver side.
 */
public final class Leaders {
  private Leaders() {}

  public static List<Leader> load(ReferenceData reference) {
    Map<String, List<Leader.Office>> offices = new LinkedHashMap<>();
    for (Map<String, String> row : reference.rows("offices.csv")) {
      String end = row.get("end");
      offices
          .computeIfAbsent(row.get("leader_id"), id -> new ArrayList<>())
          .add(new Leader.Office(row.get("office"), LocalDate.parse(row.get("start")), end.isEmpty() ? null : LocalDate.parse(end)));
    }
    List<Leader> leaders = new ArrayList<>();
    for (Map<String, String> row : reference.rows("leaders.csv")) {
      String id = row.get("leader_id");
      List<Leader.Office> terms = offices.get(id);
      if (terms == null) {
        throw new IllegalStateException("leaders.csv lists " + id + " but offices.csv gives no term of office for it");
      }
      leaders.add(new Leader(id, row.get("name"), row.get("country"), split(row.get("variants")), split(row.get("surname")), List.copyOf(terms)));
    }
    return List.copyOf(leaders);
  }

  /** The titles of {@code titles.csv}, in file order. */
  public static List<Title> titles(ReferenceData reference) {
    return reference.rows("titles.csv").stream()
        .map(row -> new Title(List.of(row.get("title").toLowerCase(Locale.ROOT).split("\\s+")), row.get("country"),
            row.get("office"), row.get("bare")))
        .toList();
  }

  /** The country words of {@code country_words.csv}: lower-case word → country, for those of {@code use}. */
  public static Map<String, String> countryWords(ReferenceData reference, String use) {
    Map<String, String> words = new LinkedHashMap<>();
    for (Map<String, String> row : reference.rows("country_words.csv")) {
      if (row.get("use").equals(use)) {
        words.put(row.get("word").toLowerCase(Locale.ROOT), row.get("country"));
      }
    }
    return words;
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).toList();
  }
}
