package org.tonewatch.annotate.tone;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why the trained model gave a mention its tone, read off the model itself: each feature moves the mention's tone by
 * its value times the difference of its favourable and unfavourable weights, divided by the temperature (its share of
 * the log-odds of favourable against unfavourable, whose direction the mention's score follows). Features that say
 * one thing to a reader are summed into one item (the 25 hidden units and the class distribution of the clause's
 * sentiment are "the clause's sentiment"; "gov=expel" and its role and polarity are "governing word 'expel'"), and the
 * {@link #SHOWN} items that moved the tone most are written as short phrases with the direction they moved it:
 * {@code governing word 'expel' −}, {@code cue 'talks' +}, {@code inside a quotation −}.
 *
 * <p>Pure and thread-safe.
 */
public final class ToneEvidence {
  /** How many items a mention's evidence holds at most. */
  public static final int SHOWN = 3;
  /** Items that moved the log-odds by less than this are not evidence. */
  static final double NEGLIGIBLE = 0.01;
  static final String TOWARD_FAVOURABLE = " +";
  static final String TOWARD_UNFAVOURABLE = " \u2212";

  private ToneEvidence() {}

  /**
   * The evidence of a mention: its features, the model's weights (columns unfavourable, neither, favourable), the
   * temperature, and the sentence's strongest relation cue (to name the cue; null when it has none).
   */
  public static List<String> of(Map<String, Double> features, Map<String, double[]> weights, double temperature,
      String cue) {
    return ranked(contributions(features, weights, temperature, cue));
  }

  /** Each item's share of the log-odds of favourable against unfavourable (see the class comment), by item. */
  public static Map<String, Double> contributions(Map<String, Double> features, Map<String, double[]> weights,
      double temperature, String cue) {
    String governor = features.keySet().stream().filter(f -> f.startsWith("gov=")).findFirst()
        .map(f -> f.substring("gov=".length())).orElse(null);
    Map<String, Double> byItem = new TreeMap<>();
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      double[] w = weights.get(feature.getKey());
      String item = item(feature.getKey(), governor, cue);
      if (w != null && item != null) {
        byItem.merge(item, feature.getValue() * (w[2] - w[0]) / temperature, Double::sum);
      }
    }
    return byItem;
  }

  /** The {@link #SHOWN} items that moved the log-odds most, with their direction; negligible ones left out. */
  public static List<String> ranked(Map<String, Double> byItem) {
    return byItem.entrySet().stream()
        .filter(e -> Math.abs(e.getValue()) >= NEGLIGIBLE)
        .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())).thenComparing(Map.Entry::getKey))
        .limit(SHOWN)
        .map(e -> e.getKey() + (e.getValue() > 0 ? TOWARD_FAVOURABLE : TOWARD_UNFAVOURABLE))
        .toList();
  }

  /** The phrase a feature is part of, or null for the intercept. */
  static String item(String feature, String governor, String cue) {
    if (feature.equals("bias")) {
      return null;
    }
    int eq = feature.indexOf('=');
    String kind = eq < 0 ? feature : feature.substring(0, eq);
    String value = eq < 0 ? null : feature.substring(eq + 1);
    if (startsWithAny(kind, "root_", "v_root")) {
      return "the sentence's sentiment";
    }
    if (startsWithAny(kind, "clause_", "v_clause")) {
      return "the clause's sentiment";
    }
    if (startsWithAny(kind, "phrase_", "v_phrase")) {
      return "its own phrase's sentiment";
    }
    if (kind.startsWith("parent_")) {
      return "the sentiment of the phrase around it";
    }
    if (startsWithAny(kind, "sibling", "v_sibling")) {
      return "the sentiment of what it combines with";
    }
    return switch (kind) {
      case "path_low" -> "the most negative phrase above it";
      case "path_high" -> "the most positive phrase above it";
      case "role" -> "its role as " + role(value);
      case "via" -> "the noun it belongs to";
      case "gov", "role_gov", "gov_polarity", "role_gov_polarity", "gov_negated", "gov_negated_polarity" ->
          governor == null ? null : "governing word '" + governor + "'" + (kind.startsWith("gov_negated") ? " negated" : "");
      case "speaker" -> "it is the speaker";
      case "mod" -> "modifier '" + value + "'";
      case "mod_polarity" -> "its modifiers' sentiment";
      case "w", "left", "right" -> "word '" + value + "'";
      case "lex_pos" -> "positive words nearby";
      case "lex_neg" -> "negative words nearby";
      case "cue_pos", "cue_neg" -> cue == null ? "relation cues" : "cue '" + cue + "'";
      case "has_quote" -> "a quotation in the sentence";
      case "in_quote" -> "inside a quotation";
      case "position" -> "where it stands in the sentence";
      default -> feature.toLowerCase(Locale.ROOT);
    };
  }

  /** A grammatical role ({@code constituent:part}) as a reader says it. */
  private static String role(String relation) {
    return switch (relation) {
      case "S:NP", "SINV:NP", "SQ:NP" -> "subject";
      case "VP:NP" -> "object";
      case "PP:NP" -> "object of a preposition";
      case "NP:NP" -> "part of a noun phrase";
      default -> "'" + relation + "'";
    };
  }

  private static boolean startsWithAny(String kind, String... prefixes) {
    for (String prefix : prefixes) {
      if (kind.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
