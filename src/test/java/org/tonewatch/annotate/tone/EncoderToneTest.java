package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonewatch.UsageException;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.Tokens;

/** The shipped encoder's files, read as the pipeline reads them (ONNX Runtime and the tokenizer are real). */
class EncoderToneTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static ToneModel shipped() {
    return ToneModels.named(EncoderTone.NAME, null, ReferenceData.bundled());
  }

  /** A parsed sentence that starts at {@code offset} of its article, with a neutral flat sentiment tree. */
  private static NlpSentence sentence(String text, int offset) {
    List<Token> tokens = Tokens.of(text, offset);
    return new NlpSentence(offset, offset + text.length(), text, tokens, NlpSentence.PARSED,
        PhraseTree.flat(tokens.size(), new double[] {0, 0, 1, 0, 0}), null);
  }

  private static RussiaMention mention(NlpSentence sentence, String word) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(word)) {
        return new RussiaMention("country", i, i + 1);
      }
    }
    throw new AssertionError(word + " is not a token of " + sentence.text());
  }

  @Test
  void marksTheTextAsTheTrainingScriptDoes() throws IOException {
    // Written by train_encoder.py's marked() over dev sentences, the longest ones among them, at two windows.
    try (InputStream in = getClass().getResourceAsStream("/tone/marked-examples.jsonl")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(60, lines.size());
      for (String line : lines) {
        JsonNode row = JSON.readTree(line);
        assertEquals(row.get("marked").asText(), EncoderTone.marked(row.get("sentence").asText(), row.get("from").asInt(),
            row.get("to").asInt(), row.get("window").asInt()), line);
      }
    }
  }

  @Test
  void marksTheMentionByItsCharactersInTheArticle() {
    NlpSentence s = sentence("Talks with Russia's envoy, Sergei Kislyak, went on.", 120);
    assertEquals("Talks with <t> Russia </t>'s envoy, Sergei Kislyak, went on.",
        EncoderTone.marked(s, mention(s, "Russia"), 200));
    assertEquals("with <t> Russia </t>'s envoy,", EncoderTone.marked(s, mention(s, "Russia"), 10));
  }

  @Test
  void readsTheToneOfClearSentencesAsAReaderDoes() {
    ToneModel tone = shipped();
    NlpSentence warm = sentence("Britain and Russia agreed to resume talks and to improve relations.", 0);
    NlpSentence hostile = sentence("Britain accused Russia of a brazen attack and expelled 23 of its diplomats.", 0);
    assertEquals(1, tone.score(warm, mention(warm, "Russia")).tone());
    assertEquals(-1, tone.score(hostile, mention(hostile, "Russia")).tone());
  }

  @Test
  void judgesWhetherTheMentionIsRussiaAsAnActor() {
    ToneModel tone = shipped();
    NlpSentence chef = sentence("The Russian-born chef opened a second restaurant in Manchester last spring.", 0);
    NlpSentence fans = sentence("Thousands of England fans travelled to the World Cup in Russia this summer.", 0);
    NlpSentence state = sentence("Russia expelled 23 British diplomats on Saturday in retaliation.", 0);
    assertTrue(tone.score(chef, mention(chef, "Russian-born")).actorProbability() < 0.5, "a chef's birthplace is not Russia acting");
    assertFalse(tone.score(fans, mention(fans, "Russia")).isActor(), "a venue is not Russia acting");
    assertTrue(tone.score(state, mention(state, "Russia")).isActor());
  }

  @Test
  void anEncoderWithoutTheFourthScoreJudgesEveryMentionAnActor() {
    assertEquals(1.0, EncoderTone.actorProbability(new double[] {2, 0, -1}));
    assertEquals(0.5, EncoderTone.actorProbability(new double[] {0, 0, Math.log(2), Math.log(4)}), 1e-12);
  }

  @Test
  void givesCalibratedProbabilitiesAndEvidenceThatNamesTheEncodersShare() {
    EncoderTone tone = (EncoderTone) shipped();
    NlpSentence s = sentence("Britain accused Russia of a brazen attack and expelled 23 of its diplomats.", 0);
    MentionTone m = tone.score(s, mention(s, "Russia"));
    double[] p = m.probabilities();
    assertEquals(1, Arrays.stream(p).sum(), 1e-9);
    assertEquals(p[2] - p[0], m.score(), 1e-12);
    assertFalse(m.evidence().isEmpty());
    assertTrue(m.evidence().size() <= ToneEvidence.SHOWN);
    double[] encoder = tone.encoderScores(s, mention(s, "Russia"));
    String expected = EncoderTone.ENCODER_ITEM + (encoder[2] > encoder[0] ? ToneEvidence.TOWARD_FAVOURABLE : ToneEvidence.TOWARD_UNFAVOURABLE);
    assertTrue(m.evidence().contains(expected), "the encoder's own share is an item: " + m.evidence());
  }

  @Test
  void refusesFilesThatAreNotTheOnesItsPropertiesName() throws IOException {
    for (String file : List.of("tone-encoder.properties", "tone-encoder.onnx.gz", "tone-encoder.tokenizer.json", "tone-model.tsv.gz")) {
      try (InputStream in = getClass().getResourceAsStream("/tone/" + file)) {
        Files.copy(in, dir.resolve(file));
      }
    }
    String properties = dir.resolve("tone-encoder.properties").toString();
    assertEquals(shipped().sha256(), ToneModels.named(EncoderTone.NAME, properties, ReferenceData.bundled()).sha256(),
        "a copy of the shipped files is the shipped model");

    Path tokenizer = dir.resolve("tone-encoder.tokenizer.json");
    Files.writeString(tokenizer, Files.readString(tokenizer).replace("\"[UNK]\"", "\"[UNKNOWN]\""));
    Path tampered = dir.resolve("tampered.properties");
    Files.copy(dir.resolve("tone-encoder.properties"), tampered);
    UsageException e = assertThrows(UsageException.class,
        () -> ToneModels.named(EncoderTone.NAME, tampered.toString(), ReferenceData.bundled()));
    assertTrue(e.getMessage().contains("tone-encoder.tokenizer.json has SHA-256"), e.getMessage());

    UsageException missing = assertThrows(UsageException.class,
        () -> ToneModels.named(EncoderTone.NAME, dir.resolve("none.properties").toString(), ReferenceData.bundled()));
    assertTrue(missing.getMessage().contains("none.properties"), missing.getMessage());
  }
}
