package org.tonewatch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tonewatch.testing.FakeNlpEngine;
import org.tonewatch.testing.Nights;
import org.tonewatch.testing.SharedSpark;
import org.tonewatch.testing.WarehouseTables;

/**
 * Two nights of the job in this JVM with the fake NLP engine, on local disk: night 1 reads a corpus of 3 articles,
 * night 2 one of 7 (the first 3 and 4 more). Made once per test JVM: the reference the warehouses on HDFS and S3 are
 * held to, fingerprint for fingerprint.
 */
record FakeNights(Path small, Path large, Map<String, String> nightOne, Map<String, String> nightTwo) {

  static FakeNights onLocalDisk() {
    return Holder.NIGHTS;
  }

  /** One night of the job on {@code input} into {@code warehouse}, with settings as name, value pairs. */
  static RunSummary run(Path input, String warehouse, String... settings) {
    Map<String, String> conf = new HashMap<>(Map.of("input", input.toString(), "warehouse", warehouse,
        "nlp.engine", FakeNlpEngine.class.getName()));
    for (int i = 0; i < settings.length; i += 2) {
      conf.put(settings[i], settings[i + 1]);
    }
    return NightlyJob.run(SharedSpark.session(), JobConf.from(null, conf));
  }

  private static final class Holder {
    static final FakeNights NIGHTS = make();

    private static FakeNights make() {
      try {
        Path dir = Files.createTempDirectory("tonewatch-fake-nights-");
        Path small = dir.resolve("small");
        Path large = dir.resolve("large");
        RerunAndReadersTest.corpus(small, 3);
        RerunAndReadersTest.corpus(large, 7);
        String local = dir.resolve("warehouse").toString();
        run(small, local);
        Map<String, String> nightOne = Nights.hashesOf(WarehouseTables.latest(local));
        run(large, local);
        return new FakeNights(small, large, nightOne, Nights.hashesOf(WarehouseTables.latest(local)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
