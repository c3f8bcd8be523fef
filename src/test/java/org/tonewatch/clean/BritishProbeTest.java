package org.tonewatch.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonewatch.reference.ReferenceData;

/**
 * The cleaner on lines of British pages that the corpus lacks ({@code data/labels/british-probe/}): chrome and
 * near-miss prose of the BBC's, the Guardian's, the Telegraph's and Reuters' pages, each set written by a helper who
 * saw neither the rules nor the other sets. Each line is cleaned between two sentences of prose, as a paragraph of an
 * article of its outlet. Every prose line must stay whole (a wire dateline or a time stamp that opens it goes, the
 * sentence after it stays); the
 * share of chrome removed must not fall below what the README reports for the set.
 */
class BritishProbeTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.load(ReferenceData.bundled());
  private static final Map<String, String> OUTLETS =
      Map.of("BBC", "BBC News", "Guardian", "The Guardian", "Telegraph", "The Daily Telegraph", "Reuters", "Reuters");
  private static final String BEFORE = "The talks in Geneva ended without an agreement on Tuesday.";
  /**
   * What may go from the start of a prose line: a wire dateline or a live page's time stamp ("MOSCOW (Reuters) - ",
   * "10.45am: "), the guideline's chrome, so that what is left is the sentence after it.
   */
  private static final java.util.regex.Pattern OPENING_STAMP = java.util.regex.Pattern.compile(
      "[\\p{Lu}\\d(][^!?]{0,40}?[-—–:]\\s*|\\d{1,2}[.:]\\d{2}\\s*(?:[ap]m|[ap]\\.m\\.)?(?:\\s*(?:GMT|BST))?\\.?\\s*");
  private static final String AFTER = "Officials said the next round would take place in the spring.";

  /** What is left of {@code line} after cleaning it as a paragraph of an article of its outlet. */
  private static String left(String outlet, String line) {
    String body = CLEANER.cleanBodyOnly(BEFORE + "\n\n" + line + "\n\n" + AFTER, OUTLETS.get(outlet)).body();
    assertTrue(body.startsWith(BEFORE) && body.endsWith(AFTER), () -> "the prose around it stays: " + line);
    return body.substring(BEFORE.length(), body.length() - AFTER.length()).strip().replaceAll("\\s+", " ");
  }

  private static List<String[]> rows(String set, String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String row : Files.readAllLines(Path.of("data", "labels", "british-probe", set, file))) {
      String[] fields = row.split("\t", 3);
      assertEquals(3, fields.length, row);
      assertTrue(OUTLETS.containsKey(fields[0]), row);
      rows.add(fields);
    }
    return rows;
  }

  @ParameterizedTest
  @CsvSource({"dev-1, 165", "dev-2, 189", "test, 170", "test-2, 175", "test-3, 186", "test-4, 193", "test-5, 212", "test-6, 211", "test-7, 267", "test-8, 246", "test-9, 244", "test-10, 257", "test-11, 252", "test-12, 245", "test-13, 247", "test-14, 256", "test-15, 246", "test-16, 248", "test-17, 248"})
  void removesTheChromeOfBritishPagesAndKeepsTheirProse(String set, int leastRemoved) throws IOException {
    List<String> lost = new ArrayList<>();
    for (String[] row : rows(set, "prose.tsv")) {
      String left = left(row[0], row[2]);
      String whole = row[2].strip().replaceAll("\\s+", " ");
      if (!left.equals(whole) && !(whole.endsWith(left) && OPENING_STAMP.matcher(whole.substring(0, whole.length() - left.length())).matches()
          && !left.isEmpty() && Character.isUpperCase(left.codePointAt(0)))) {
        lost.add(row[0] + " " + row[1] + ": " + row[2] + " => " + left);
      }
    }
    List<String[]> chrome = rows(set, "chrome.tsv");
    List<String> stayed = new ArrayList<>();
    for (String[] row : chrome) {
      if (!left(row[0], row[2]).isEmpty()) {
        stayed.add(row[0] + " " + row[1] + ": " + row[2]);
      }
    }
    int removed = chrome.size() - stayed.size();
    System.out.printf("british-probe %s: chrome removed %d of %d (%.1f%%); stayed: %s%n", set, removed, chrome.size(),
        100.0 * removed / chrome.size(), stayed);
    assertEquals(List.of(), lost, "prose the cleaner cut");
    assertTrue(removed >= leastRemoved, () -> set + ": chrome removed " + removed + " of " + chrome.size()
        + ", fewer than the " + leastRemoved + " the README reports; stayed: " + stayed);
  }
}
