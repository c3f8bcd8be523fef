package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.Tokens;

class TrainedToneTest {
  private static final ToneFeatures FEATURES = new ToneFeatures(new RelationCues(Map.of("sanction", -1.0)));

  @TempDir Path dir;

  private Path model(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static NlpSentence sentence(String text) {
    return new NlpSentence(0, text.length(), text, Tokens.of(text), NlpSentence.PARSED,
        PhraseTree.flat(Tokens.of(text).size(), new double[] {0, 0, 1, 0, 0}), null);
  }

  @Test
  void scoresAMentionWithTheSoftmaxOfItsFeatureWeights() throws IOException {
    // bias and the cue are the only features with weights; "Russia faces sanctions" has cue_neg = 1 / (1 + 2 / 3).
    Path file = model("m1.tsv.gz", "# features_version=" + ToneFeatures.VERSION, "bias\t0\t1\t0", "cue_neg\t5\t0\t0");
    TrainedTone tone = new TrainedTone(file.toString(), FEATURES);

    double[] p = tone.probabilities(sentence("Russia faces sanctions"), 0, 1);

    double neg = Math.exp(5 * 0.6);
    double other = Math.exp(1);
    double sum = neg + other + 1;
    assertArrayEquals(new double[] {neg / sum, other / sum, 1 / sum}, p, 1e-9);
    MentionTone mention = tone.score(sentence("Russia faces sanctions"), List.of(new RussiaMention("country", 0, 1))).get(0);
    assertEquals(-1, mention.tone());
    assertEquals(p[2] - p[0], mention.score(), 1e-12);
    assertEquals(List.of("cue 'sanction' \u2212"), mention.evidence(), "the cue moved it by 0.6 * (0 - 5); bias is no evidence");
  }

  @Test
  void aSentenceAveragesItsMentionsProbabilities() {
    MentionTone hostile = TrainedTone.tone(new double[] {0.7, 0.2, 0.1});
    MentionTone warm = TrainedTone.tone(new double[] {0.1, 0.3, 0.6});
    TrainedTone tone = new TrainedTone("unused", FEATURES);

    MentionTone sentence = tone.combine(List.of(hostile, warm));

    // mean (0.4, 0.25, 0.35): unfavourable, by less than either mention alone
    assertEquals(-1, sentence.tone());
    assertEquals(-0.05, sentence.score(), 1e-12);
    assertArrayEquals(new double[] {0.4, 0.25, 0.35}, sentence.probabilities(), 1e-12);
    assertEquals(1, tone.combine(List.of(warm)).tone());
  }

  @Test
  void refusesAModelTrainedWithOtherFeatures() throws IOException {
    Path file = model("old.tsv.gz", "# features_version=0", "bias\t0\t1\t0");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TrainedTone(file.toString(), FEATURES).loaded());
    assertTrue(e.getMessage().contains("was trained with features version 0"), e.getMessage());
  }

  @Test
  void aMissingModelFileIsNamed() {
    String missing = dir.resolve("nowhere.tsv.gz").toString();

    RuntimeException e = assertThrows(RuntimeException.class, () -> new TrainedTone(missing, FEATURES).loaded());
    assertTrue(e.getMessage().contains("cannot read the tone model " + missing), e.getMessage());

    UsageException usage = assertThrows(UsageException.class, () -> ToneModels.named(TrainedTone.NAME, missing, ReferenceData.bundled()));
    assertEquals("cannot read the tone model " + missing + " (set tone.model-path)", usage.getMessage());
  }
}
