package org.tonewatch.annotate.tone;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.reference.ReferenceData;

/**
 * Words that signal the state of relations with Russia ({@code relation_cues.csv}: talks, thaw, cooperation weigh
 * up; sanctions, expulsion, annexation weigh down), matched on lemma or word. A negation within
 * {@value #NEGATION_WINDOW} tokens before a cue turns its weight around ("not a thawing", "no business as usual").
 */
public final class RelationCues implements Serializable {
  static final int NEGATION_WINDOW = 3;
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "nor", "neither");

  private final Map<String, Double> weights;

  public RelationCues(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  public static RelationCues load(ReferenceData reference) {
    Map<String, Double> weights = new HashMap<>();
    for (Map<String, String> row : reference.rows("relation_cues.csv")) {
      weights.put(row.get("lemma").toLowerCase(Locale.ROOT), Double.parseDouble(row.get("weight")));
    }
    return new RelationCues(weights);
  }

  /** The signed weight of token {@code i} as a cue, 0 when it is none. */
  public double weight(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    Double weight = weights.get(token.word().toLowerCase(Locale.ROOT));
    if (weight == null) {
      weight = weights.get(token.lowerLemma());
    }
    if (weight == null) {
      return 0;
    }
    for (int k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW); k--) {
      if (NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return -weight;
      }
    }
    return weight;
  }
}
