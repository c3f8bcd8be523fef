package org.tonewatch.tonemodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tonewatch.UsageException;

/**
 * One labelled example: a sentence, its targets and the sentiment of the sentence toward them, -1, 0 or +1. In the
 * NewsMTSC format a line has one target ({@code mention}, {@code from}, {@code to}, end exclusive); a line may instead
 * give {@code targets}, a list of such objects, when the label is the sentence's tone toward all of them together
 * (as in the project's UK–Russia check set, whose targets are the mentions of Russia).
 *
 * <p>The in-domain labels ({@code data/labels/}) add {@code actor}: false when the mention is not Russia as an actor (a
 * place, the nationality of a thing); such a pair has no tone to learn or score, only a mention to find or skip. They
 * also carry the outlet's media-bias rating ({@code bias}), which the evaluation reports figures by.
 */
public record TargetedSentence(String id, String sentence, List<Target> targets, int polarity, boolean actor, String bias)
    implements Serializable {
  /** A labelled tone example of a NewsMTSC file: the mention is a target with a tone, no group. */
  public TargetedSentence(String id, String sentence, List<Target> targets, int polarity) {
    this(id, sentence, targets, polarity, true, null);
  }

  /** A target mention at characters {@code [from, to)} of the sentence. */
  public record Target(String mention, int from, int to) implements Serializable {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every line of a NewsMTSC {@code .jsonl} file; a malformed line stops the read with its line number. */
  public static List<TargetedSentence> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("labelled file " + file + " does not exist");
    }
    List<TargetedSentence> examples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          examples.add(parse(line, file + ":" + number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return examples;
  }

  private static TargetedSentence parse(String line, String where) {
    try {
      JsonNode node = JSON.readTree(line);
      String sentence = text(node, "sentence", where);
      int polarity = number(node, "polarity", where);
      if (polarity < -1 || polarity > 1) {
        throw new UsageException(where + ": polarity must be -1, 0 or 1, not " + polarity);
      }
      List<Target> targets = new ArrayList<>();
      if (node.has("targets")) {
        for (JsonNode target : node.get("targets")) {
          targets.add(target(target, sentence, where));
        }
      } else {
        targets.add(target(node, sentence, where));
      }
      if (targets.isEmpty()) {
        throw new UsageException(where + ": no target (give mention, from and to, or targets)");
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : where;
      boolean actor = !node.has("actor") || node.get("actor").asBoolean(true);
      String bias = node.hasNonNull("bias") ? node.get("bias").asText() : null;
      return new TargetedSentence(id, sentence, List.copyOf(targets), polarity, actor, bias);
    } catch (IOException e) {
      throw new UsageException(where + ": not a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
  }

  private static Target target(JsonNode node, String sentence, String where) {
    int from = number(node, "from", where);
    int to = number(node, "to", where);
    if (from < 0 || to <= from || to > sentence.length()) {
      throw new UsageException(where + ": mention offsets [" + from + ", " + to + ") are outside the sentence");
    }
    return new Target(sentence.substring(from, to), from, to);
  }

  private static String text(JsonNode node, String field, String where) {
    if (!node.hasNonNull(field) || !node.get(field).isTextual()) {
      throw new UsageException(where + ": field '" + field + "' is missing or not text");
    }
    return node.get(field).asText();
  }

  private static int number(JsonNode node, String field, String where) {
    if (!node.hasNonNull(field) || !node.get(field).canConvertToInt()) {
      throw new UsageException(where + ": field '" + field + "' is missing or not a whole number");
    }
    return node.get(field).asInt();
  }
}
