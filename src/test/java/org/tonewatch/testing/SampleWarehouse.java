package org.tonewatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tonewatch.nightly.JobConf;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.nightly.RunSummary;

/**
 * The nightly job with real CoreNLP on the five sample articles of {@code data/articles}, run once per test JVM into
 * a temporary warehouse that the integration tests share (the job, the notebooks, the SQL command).
 */
public final class SampleWarehouse {
  public static final Path PROJECT = Path.of(System.getProperty("tonewatch.project.dir", ".")).toAbsolutePath().normalize();

  private SampleWarehouse() {}

  public record Run(Path warehouse, RunSummary summary) {}

  public static Run get() {
    return Holder.RUN;
  }

  private static final class Holder {
    static final Run RUN = run();

    private static Run run() {
      try {
        Path dir = Files.createTempDirectory("tonewatch-sample-");
        Path warehouse = dir.resolve("warehouse");
        RunSummary summary = NightlyJob.run(SharedSpark.session(), JobConf.from(null,
            Map.of("input", PROJECT.resolve("data/articles").toString(), "warehouse", warehouse.toString())));
        return new Run(warehouse, summary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
