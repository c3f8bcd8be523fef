package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tonewatch.aggregate.ErrorRates;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.tone.EncoderTone;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.TrainedTone;
import org.tonewatch.reference.ReferenceData;

/**
 * The models that ship in the jar (the encoder, the default, and the linear model it is stacked on), with the real
 * CoreNLP models, on the development files they were tuned on and on the UK–Russia check set: the figures in their
 * cards (and in the README) are what they give today.
 */
class ShippedToneModelTest {
  private static final Path DATA = Path.of(System.getProperty("tonewatch.project.dir", "."), "data");
  private static final Path DEV = DATA.resolve("labels/dev.jsonl");
  private static final Path CHECK_SET = DATA.resolve("checks/uk-russia-tone.jsonl");
  private static final ExampleParser PARSER = new ExampleParser(ToneEvaluation.NLP, SharedParseCache.dir());
  /** Each file is parsed once in the test JVM (the dev split alone takes CoreNLP tens of seconds). */
  private static final Map<Path, List<ParsedExample>> PARSED = new ConcurrentHashMap<>();

  private static List<ParsedExample> parsed(Path file) {
    return PARSED.computeIfAbsent(file, PARSER::parse);
  }

  private static ToneModel shipped(String name) {
    return ToneModels.named(name, null, ReferenceData.bundled());
  }

  private static Scores score(ToneModel tone, Path file) {
    return ToneEvaluation.score(parsed(file), example -> ToneEvaluation.predict(tone, example));
  }

  @ParameterizedTest
  @ValueSource(strings = {EncoderTone.NAME, TrainedTone.NAME})
  void reproducesTheFiguresOfItsCard(String name) throws IOException {
    ToneModel shipped = shipped(name);
    Properties card = new Properties();
    try (InputStream in = TrainedTone.openIfPresent(TrainedTone.companion(shipped.location(), ".card.properties"))) {
      card.load(in);
    }
    for (Path path : List.of(DEV, DATA.resolve("newsmtsc/dev-rw.jsonl"), DATA.resolve("newsmtsc/dev-mt.jsonl"), CHECK_SET)) {
      String file = path.getFileName().toString();
      List<ParsedExample> examples = parsed(path);
      Scores scores = ToneEvaluation.score(examples, example -> ToneEvaluation.predict(shipped, example));
      double ece = ToneEvaluation.reliability(shipped, examples).ece();
      System.out.printf(Locale.ROOT, "[tonewatch] shipped tone model %s on %s: macro_f1=%.3f favourable_f1=%.3f accuracy=%.3f ece=%.3f%n",
          name, file, scores.macroF1(), scores.f1(2), scores.accuracy(), ece);
      assertEquals(Double.parseDouble(card.getProperty(file + ".macro_f1")), scores.macroF1(), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".favourable_f1")), scores.f1(2), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".accuracy")), scores.accuracy(), 0.0005, file);
      assertEquals(Double.parseDouble(card.getProperty(file + ".ece")), ece, 0.0005, file);
      assertEquals(Integer.parseInt(card.getProperty(file + ".examples")), scores.total(), file);
    }
  }

  @Test
  void theDefaultIsCalibratedOnTheInDomainDevelopmentSplitAndBeatsEachEarlierVersionThere() {
    List<ParsedExample> examples = parsed(DEV);
    ToneModel encoder = shipped(EncoderTone.NAME);
    assertTrue(ToneEvaluation.reliability(encoder, examples).ece() <= 0.05, "expected calibration error at most 0.05 on dev");
    double f1 = ToneEvaluation.score(examples, example -> ToneEvaluation.predict(encoder, example)).macroF1();
    for (String earlier : List.of(TrainedTone.NAME, SentimentTreeTone.NAME)) {
      double theirs = score(shipped(earlier), DEV).macroF1();
      assertTrue(f1 > theirs, earlier + " does better on dev: " + theirs + " against " + f1);
    }
    assertTrue(score(encoder, DATA.resolve("newsmtsc/dev-rw.jsonl")).macroF1() >= 0.70, "dev-rw macro-F1 at least 0.70");
  }

  @Test
  void theDefaultsMentionsReproduceItsCardAndAreMorePreciseThanTheFinderAlone() throws IOException {
    EncoderTone encoder = (EncoderTone) shipped(EncoderTone.NAME);
    Properties card = new Properties();
    try (InputStream in = TrainedTone.openIfPresent(TrainedTone.companion(encoder.location(), ".card.properties"))) {
      card.load(in);
    }
    ReferenceData reference = ReferenceData.bundled();
    LeaderGazetteer gazetteer = LeaderGazetteer.from(reference);
    RussiaMentionFinder finder = RussiaMentionFinder.load(reference);
    Map<String, Integer> years = MentionEvaluation.years(DEV);
    MentionEvaluation.Counts job = MentionEvaluation.score(parsed(DEV), years, gazetteer, finder, encoder, false);
    MentionEvaluation.Counts alone = MentionEvaluation.score(parsed(DEV), years, gazetteer, finder, null, false);
    System.out.printf(Locale.ROOT, "[tonewatch] mentions on dev: finder alone precision=%.3f recall=%.3f; with the encoder's "
        + "actor judgement precision=%.3f recall=%.3f%n", alone.precision(), alone.recall(), job.precision(), job.recall());
    assertEquals(Double.parseDouble(card.getProperty("dev.jsonl.mentions_precision")), job.precision(), 0.0005);
    assertEquals(Double.parseDouble(card.getProperty("dev.jsonl.mentions_recall")), job.recall(), 0.0005);
    assertTrue(job.precision() > alone.precision(), "the actor judgement drops more places and nationalities than actors");
    assertTrue(job.falsePositives() < alone.falsePositives());
  }

  @ParameterizedTest
  @ValueSource(strings = {EncoderTone.NAME, TrainedTone.NAME})
  void shipsTheErrorRatesItMakesOnDev(String name) {
    ToneModel shipped = shipped(name);
    ErrorRates measured = ToneEvaluation.errorRates(shipped, parsed(DEV), DEV);
    ErrorRates bundled = ErrorRates.nextTo(shipped.location());
    assertEquals(shipped.sha256(), bundled.modelSha256(), "the errors file names the shipped model");
    assertEquals(measured.pairs(), bundled.pairs(), "the errors file is what the shipped model does on dev today");
    assertEquals(shipped.sha256(), measured.modelSha256());
  }

  @Test
  void isScoredOnTheUkRussiaCheckSetNextToTheFirstVersion() {
    Scores encoder = score(shipped(EncoderTone.NAME), CHECK_SET);
    Scores first = score(shipped(SentimentTreeTone.NAME), CHECK_SET);
    System.out.printf(Locale.ROOT, "[tonewatch] check set: encoder macro_f1=%.3f accuracy=%.3f; first version macro_f1=%.3f accuracy=%.3f%n",
        encoder.macroF1(), encoder.accuracy(), first.macroF1(), first.accuracy());
    assertEquals(56, encoder.total());
    assertEquals(0, encoder.unscored());
  }
}
