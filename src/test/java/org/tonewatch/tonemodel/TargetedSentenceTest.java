package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;

class TargetedSentenceTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void readsNewsMtscLinesAndLinesWithSeveralTargets() throws IOException {
    Path f = file("labels.jsonl",
        "{\"mention\": \"Cruz\", \"polarity\": 0, \"from\": 5, \"to\": 9, \"sentence\": \"Sen. Cruz spoke.\", \"id\": \"a\"}",
        "",
        "{\"sentence\": \"Russia and the Kremlin agreed.\", \"polarity\": 1, \"targets\": [{\"from\": 0, \"to\": 6}, {\"from\": 15, \"to\": 22}]}");

    List<TargetedSentence> read = TargetedSentence.read(f);

    assertEquals(new TargetedSentence("a", "Sen. Cruz spoke.", List.of(new TargetedSentence.Target("Cruz", 5, 9)), 0), read.get(0));
    assertEquals(List.of(new TargetedSentence.Target("Russia", 0, 6), new TargetedSentence.Target("Kremlin", 15, 22)),
        read.get(1).targets());
    assertEquals(f + ":3", read.get(1).id(), "a line without an id is named by its place");
  }

  @Test
  void aBadLineStopsTheReadWithItsLineNumber() throws IOException {
    Path offsets = file("offsets.jsonl", "{\"sentence\": \"Short.\", \"polarity\": 0, \"from\": 3, \"to\": 30}");
    Path polarity = file("polarity.jsonl", "{\"sentence\": \"Short.\", \"polarity\": 2, \"from\": 0, \"to\": 5}");

    assertEquals(offsets + ":1: mention offsets [3, 30) are outside the sentence",
        assertThrows(UsageException.class, () -> TargetedSentence.read(offsets)).getMessage());
    assertEquals(polarity + ":1: polarity must be -1, 0 or 1, not 2",
        assertThrows(UsageException.class, () -> TargetedSentence.read(polarity)).getMessage());
    assertEquals("labelled file " + dir.resolve("none.jsonl") + " does not exist",
        assertThrows(UsageException.class, () -> TargetedSentence.read(dir.resolve("none.jsonl"))).getMessage());
  }
}
