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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonewatch.clean.ArticleCleaner;
import org.tonewatch.reference.ReferenceData;

/**
 * The 400 sentences of the real-news corpus labelled by hand (junk, broken, fine; {@code data/labels/sentences/}), whose
 * shares the README reports: the cleaner and the sentence splitter must still cut each labelled sentence exactly as it
 * was labelled, else the labels no longer describe the job's output. When a change cuts one differently, or drops a
 * sentence labelled fine or broken, the test names it: draw and label a new sample, and report its shares. A sentence
 * labelled junk that the cleaner now drops whole is not named: a change that only removes sentences leaves the rest a
 * uniform sample of what the job still produces, so the shares are then those of the others (the README says which).
 */
class SentenceSampleTest {
  private static final Path SAMPLE = Path.of("data", "labels", "sentences", "sample.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> items;
  /** The sentences labelled junk that the cleaner drops whole since the sample was drawn (the README's shares leave them out). */
  private static final int DROPPED_JUNK = 3;

  @BeforeAll
  static void read() throws IOException {
    items = new ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE)) {
      items.add(JSON.readTree(line));
    }
  }

  @Test
  void theJobStillCutsEveryLabelledSentenceAsItWasLabelled() {
    ArticleCleaner cleaner = ArticleCleaner.load(ReferenceData.bundled());
    NlpEngine engine = NlpEngines.shared(CoreNlpEngineTest.SETTINGS);
    List<String> changed = new ArrayList<>();
    List<String> droppedJunk = new ArrayList<>();
    assertEquals(400, items.size());
    for (JsonNode item : items) {
      assertTrue(List.of("fine", "junk", "broken").contains(item.get("label").asText()), () -> item.get("id") + " is labelled");
      String lines = item.get("lines").asText();
      int begin = item.get("begin").asInt();
      int end = item.get("end").asInt();
      String outlet = item.get("outlet").isNull() ? null : item.get("outlet").asText();
      // The lines open the article's body only when no sentence of the article came before them; else a line of prose
      // stands before them, as one did in the article, so that a rule for the body's opening line sees them as it did.
      String before = item.get("sentence_index").asInt() > 0 ? "The article goes on.\n\n" : "";
      String body = cleaner.cleanBodyOnly(before + lines, outlet).body().substring(before.length());
      String labelled = item.get("text").asText().replaceAll("\\s+", " ").strip();
      List<NlpSentence> sentences = engine.annotate(body);
      // The same place and the same words (the job's sentence text is its article's cleaned body there): a rule that
      // blanks part of a sentence keeps its place but not its words.
      if (sentences.stream().noneMatch(s -> s.begin() == begin && s.end() == end
          && body.substring(begin, end).replaceAll("\\s+", " ").strip().equals(labelled))) {
        String named = item.get("id").asText() + " " + item.get("label").asText() + ": " + lines.substring(begin, end);
        boolean droppedWhole = body.substring(begin, end).isBlank();
        (droppedWhole && item.get("label").asText().equals("junk") ? droppedJunk : changed).add(named);
      }
    }
    assertEquals(List.of(), changed, "sentences the job now cuts differently: label them again");
    assertEquals(DROPPED_JUNK, droppedJunk.size(), () -> "labelled junk the cleaner now drops whole (update the README's "
        + "shares and this count): " + droppedJunk);
  }
}
