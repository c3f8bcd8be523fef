package org.tonewatch.tonemodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tonewatch.annotate.tone.ToneModel;

/**
 * A written tone model's card and error rates: the model, as the pipeline loads it, scored on the development split
 * and each check file (macro-F1, favourable F1, accuracy, examples, expected calibration error), kept as sorted
 * properties beside the model; and its error rates on the development split ({@code .errors.csv}), which the
 * aggregates correct for. A test checks that the shipped model still reproduces both.
 */
final class ModelCard {
  private ModelCard() {}

  static void write(ToneModel model, Path cardFile, Path errorsFile, Map<String, String> extra, Path dev,
      List<ParsedExample> devExamples, List<Path> checks, ExampleParser parser, String header) {
    TreeMap<String, String> card = new TreeMap<>(extra);
    for (Path file : Stream.concat(Stream.of(dev), checks.stream()).toList()) {
      List<ParsedExample> examples = file.equals(dev) ? devExamples : parser.parse(file);
      Scores scores = ToneEvaluation.score(examples, example -> ToneEvaluation.predict(model, example));
      String name = file.getFileName().toString();
      card.put(name + ".macro_f1", String.format(Locale.ROOT, "%.3f", scores.macroF1()));
      card.put(name + ".favourable_f1", String.format(Locale.ROOT, "%.3f", scores.f1(2)));
      card.put(name + ".accuracy", String.format(Locale.ROOT, "%.3f", scores.accuracy()));
      card.put(name + ".examples", Integer.toString(scores.total()));
      card.put(name + ".ece", String.format(Locale.ROOT, "%.3f", ToneEvaluation.reliability(model, examples).ece()));
    }
    try (Writer writer = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8)) {
      // The error rates the aggregates correct for, of this very model (its SHA-256 heads them).
      ToneEvaluation.errorRates(model, devExamples, dev).write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + errorsFile, e);
    }
    try (Writer writer = Files.newBufferedWriter(cardFile, StandardCharsets.UTF_8)) {
      // Sorted and without Properties.store's date line, so that the same training writes the same file.
      writer.write(header + "\n");
      for (Map.Entry<String, String> entry : card.entrySet()) {
        writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + cardFile, e);
    }
  }
}
