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
import org.tonewatch.aggregate.ErrorRates;
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
    ToneModel shipped = ToneModels.named(TrainedTone.NAME, TrainedTone.BUNDLED, ReferenceData.bundled());
    for (Path path : List.of(DATA.resolve("labels/dev.jsonl"), DATA.resolve("newsmtsc/dev-rw.jsonl"),
        DATA.resolve("newsmtsc/dev-mt.jsonl"), CHECK_SET)) {
      String file = path.getFileName().toString();
      List<ParsedExample> examples = PARSER.parse(path);
      Scores scores = ToneEvaluation.score(examples, example -> ToneEvaluation.predict(shipped, example));
      double ece = ToneEvaluation.reliability(shipped, examples).ece();
      System.out.printf(Locale.ROOT, "[tonewatch] shipped tone model on %s: macro_f1=%.3f favourable_f1=%.3f accuracy=%.3f ece=%.3f%n",
          file, scores.macroF1(), scores.f1(2), scores.accuracy(), ece);
      assertEquals(Double.parseDouble(card.getProperty(file + ".macro_f1")), scores.macroF1(), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".favourable_f1")), scores.f1(2), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".accuracy")), scores.accuracy(), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".ece")), ece, 0.0005, file);
      assertEquals(Integer.parseInt(card.getProperty(file + ".examples")), scores.total(), file);
    }
  }

  @Test
  void isCalibratedOnTheInDomainDevelopmentSplitAndBeatsBothEarlierVersionsThere() {
    Path dev = DATA.resolve("labels/dev.jsonl");
    List<ParsedExample> examples = PARSER.parse(dev);
    ToneModel shipped = ToneModels.named(TrainedTone.NAME, TrainedTone.BUNDLED, ReferenceData.bundled());
    assertTrue(ToneEvaluation.reliability(shipped, examples).ece() <= 0.05, "expected calibration error at most 0.05 on dev");
    Scores trained = ToneEvaluation.score(examples, example -> ToneEvaluation.predict(shipped, example));
    Scores first = score(SentimentTreeTone.NAME, dev);
    assertTrue(trained.macroF1() > first.macroF1(), "the first version does better on dev: " + first.macroF1());
    assertTrue(score(TrainedTone.NAME, DATA.resolve("newsmtsc/dev-rw.jsonl")).macroF1() >= 0.65, "dev-rw macro-F1 at least 0.65");
  }

  @Test
  void shipsTheErrorRatesItMakesOnDev() {
    TrainedTone shipped = (TrainedTone) ToneModels.named(TrainedTone.NAME, TrainedTone.BUNDLED, ReferenceData.bundled());
    Path dev = DATA.resolve("labels/dev.jsonl");
    ErrorRates measured = ToneEvaluation.errorRates(shipped, PARSER.parse(dev), dev);
    ErrorRates bundled = ErrorRates.nextTo(TrainedTone.BUNDLED);
    assertEquals(shipped.sha256(), bundled.modelSha256(), "the errors file names the shipped model");
    assertEquals(measured.pairs(), bundled.pairs(), "the errors file is what the shipped model does on dev today");
    assertEquals(shipped.sha256(), measured.modelSha256());
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
