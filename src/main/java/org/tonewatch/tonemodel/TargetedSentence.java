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
 * One labelled example in the NewsMTSC format: a sentence, a target mention at characters {@code [from, to)} and the
 * sentiment of the sentence toward that target, -1, 0 or +1.
 */
public record TargetedSentence(String id, String sentence, String mention, int from, int to, int polarity)
    implements Serializable {
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
      int from = number(node, "from", where);
      int to = number(node, "to", where);
      int polarity = number(node, "polarity", where);
      if (from < 0 || to <= from || to > sentence.length()) {
        throw new UsageException(where + ": mention offsets [" + from + ", " + to + ") are outside the sentence");
      }
      if (polarity < -1 || polarity > 1) {
        throw new UsageException(where + ": polarity must be -1, 0 or 1, not " + polarity);
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : where;
      return new TargetedSentence(id, sentence, sentence.substring(from, to), from, to, polarity);
    } catch (IOException e) {
      throw new UsageException(where + ": not a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
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
