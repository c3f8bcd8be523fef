package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The calibration step of {@code jobs/train-tone-encoder.sh}, run on copies of the shipped encoder and linear model
 * with the real CoreNLP models: it writes the shipped properties, card and error rates again, byte for byte. (The
 * fine-tuning before it needs PyTorch, 3 GB of it, and minutes of both cores; see the README for how that step was checked.)
 */
class CalibrateEncoderTest {
  private static final Path DATA = Path.of(System.getProperty("tonewatch.project.dir", "."), "data");

  @TempDir Path dir;

  @Test
  void rebuildsTheShippedPropertiesCardAndErrorRatesByteForByte() throws IOException {
    List<String> inputs = List.of("tone-encoder.onnx.gz", "tone-encoder.tokenizer.json", "tone-model.tsv.gz");
    List<String> outputs = List.of("tone-encoder.properties", "tone-encoder.card.properties", "tone-encoder.errors.csv");
    for (String file : inputs) {
      copy(file);
    }
    int exit = new CommandLine(new CalibrateEncoder()).execute("--encoder", dir.resolve("tone-encoder").toString(),
        "--linear-model", dir.resolve("tone-model.tsv.gz").toString(), "--dev", DATA.resolve("labels/dev.jsonl").toString(),
        "--check", String.join(",", DATA.resolve("newsmtsc/dev-rw.jsonl").toString(),
            DATA.resolve("newsmtsc/dev-mt.jsonl").toString(), DATA.resolve("checks/uk-russia-tone.jsonl").toString()),
        "--cache", SharedParseCache.dir().toString());
    assertEquals(0, exit);
    for (String file : outputs) {
      try (InputStream shipped = getClass().getResourceAsStream("/tone/" + file)) {
        assertEquals(new String(shipped.readAllBytes()), Files.readString(dir.resolve(file)), file);
      }
    }
  }

  private void copy(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/tone/" + file)) {
      Files.copy(in, dir.resolve(file));
    }
  }
}
