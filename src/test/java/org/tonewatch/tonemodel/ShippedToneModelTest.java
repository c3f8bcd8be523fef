package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;

/**
 * The model that ships in the jar, with the real CoreNLP models, on the development files it was tuned on and on the
 * UK–Russia check set: the figures in its card (and in the README) are what it gives today.
 */
class ShippedToneModelTest {
  private static final Path DATA = Path.of(System.getProperty("tonewatch.project.dir", "."), "data");
  private static final Path CHECK_SET = DATA.resolve("checks/uk-russia-tone.jsonl");
  private static final ExampleParser PARSER = new ExampleParser(ToneEvaluation.NLP, null);

  private static Scores score(String model, Path file) {
    ToneModel tone = ToneModels.named(model, TrainedTone.BUNDLED, ReferenceData.bundled());
    return ToneEvaluation.score(PARSER.parse(file), example -> ToneEvaluation.predict(tone, example));
  }

  @Test
  void reproducesTheFiguresOfItsCard() throws IOException {
    Properties card = new Properties();
    try (InputStream in = TrainedTone.class.getResourceAsStream("/tone/tone-model.card.properties")) {
      card.load(in);
    }
    for (Path path : List.of(DATA.resolve("newsmtsc/dev-rw.jsonl"), DATA.resolve("newsmtsc/dev-mt.jsonl"), CHECK_SET)) {
      String file = path.getFileName().toString();
      Scores scores = score(TrainedTone.NAME, path);
      System.out.printf(Locale.ROOT, "[tonewatch] shipped tone model on %s: macro_f1=%.3f accuracy=%.3f%n", file,
          scores.macroF1(), scores.accuracy());
      assertEquals(Double.parseDouble(card.getProperty(file + ".macro_f1")), scores.macroF1(), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".accuracy")), scores.accuracy(), 0.0005, file);
      if (file.equals("dev-rw.jsonl")) {
        assertTrue(scores.macroF1() >= 0.65, "macro-F1 on dev-rw is at least 0.65: " + scores.macroF1());
      }
    }
  }

  @Test
  void isScoredOnTheUkRussiaCheckSetNextToTheFirstVersion() {
    Scores trained = score(TrainedTone.NAME, CHECK_SET);
    Scores first = score(SentimentTreeTone.NAME, CHECK_SET);
    System.out.printf(Locale.ROOT, "[tonewatch] check set: trained macro_f1=%.3f accuracy=%.3f; first version macro_f1=%.3f accuracy=%.3f%n",
        trained.macroF1(), trained.accuracy(), first.macroF1(), first.accuracy());
    assertEquals(56, trained.total());
    assertEquals(0, trained.unscored());
  }
}
