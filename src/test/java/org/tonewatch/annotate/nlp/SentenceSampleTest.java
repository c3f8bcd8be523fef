package org.tonewatch.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.reference.ReferenceData;

/**
 * The 400 sentences of the real-news corpus labelled by hand (junk, broken, fine; {@code data/labels/sentences/}): the
 * shares the README reports, and that the cleaner and the sentence splitter still cut each labelled sentence exactly
 * as it was labelled (else the labels no longer describe the job's output, and the sample must be drawn again). When
 * a rule change removes a labelled junk sentence, the second test names it: draw and label a new sample.
 */
class SentenceSampleTest {
  private static final Path SAMPLE = Path.of("data", "labels", "sentences", "sample.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> items;

  @BeforeAll
  static void read() throws IOException {
    items = new ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE)) {
      items.add(JSON.readTree(line));
    }
  }

  @Test
  void junkAndBrokenSentencesAreWithinTheirBounds() {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode item : items) {
      counts.merge(item.get("label").asText(), 1, Integer::sum);
    }
    assertEquals(400, items.size());
    assertEquals(400, counts.values().stream().mapToInt(Integer::intValue).sum(), "every item is labelled: " + counts);
    assertTrue(List.of("broken", "fine", "junk").containsAll(counts.keySet()), counts::toString);
    // Broken sentences are within the target of 2%. Junk is not within its target of 0.5% (2 of 400): the bound is what
    // the job reaches today (19 of 400, README), so that a change that lets more chrome through fails here.
    assertTrue(counts.getOrDefault("broken", 0) <= 8, () -> "broken at most 2%: " + counts);
    assertTrue(counts.getOrDefault("junk", 0) <= 19, () -> "junk no more than measured: " + counts);
  }

  @Test
  void theJobStillCutsEveryLabelledSentenceAsItWasLabelled() {
    ArticleCleaner cleaner = ArticleCleaner.load(ReferenceData.bundled());
    NlpEngine engine = NlpEngines.shared(CoreNlpEngineTest.SETTINGS);
    List<String> changed = new ArrayList<>();
    for (JsonNode item : items) {
      String lines = item.get("lines").asText();
      int begin = item.get("begin").asInt();
      int end = item.get("end").asInt();
      String outlet = item.get("outlet").isNull() ? null : item.get("outlet").asText();
      List<NlpSentence> sentences = engine.annotate(cleaner.cleanBodyOnly(lines, outlet).body());
      if (sentences.stream().noneMatch(s -> s.begin() == begin && s.end() == end)) {
        changed.add(item.get("id").asText() + " " + item.get("label").asText() + ": " + lines.substring(begin, end));
      }
    }
    assertEquals(List.of(), changed, "sentences the job now cuts differently: label them again");
  }
}
