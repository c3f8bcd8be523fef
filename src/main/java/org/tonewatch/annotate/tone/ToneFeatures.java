package org.tonewatch.annotate.tone;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tonewatch.annotate.nlp.Dependencies;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.Phrase;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.annotate.nlp.Token;

/**
 * The features of the trained tone model for one target in one parsed sentence: a sparse map from feature name to
 * value. What the sentence says about the target is read from the parse around it:
 * <ul>
 *   <li>{@code tree}: the sentiment model's distributions and hidden vectors of the sentence, of the smallest clause
 *       around the target, of the target's phrase and of the phrase it combines with (for a subject, the predicate);
 *   <li>{@code dep}: from the head-rule dependencies of the parse, the target's grammatical role (named by the
 *       constituents, {@code S:NP} for a subject), the word that governs it, that word's own sentiment, whether that
 *       word is negated, the modifiers of the target;
 *   <li>{@code lex}: the words of the sentence by distance from the target, and distance-weighted sums of the
 *       sentiment model's word-level polarity and of the relation cues ({@code relation_cues.csv});
 *   <li>{@code voice}: whether the target speaks, is quoted, or sits inside someone else's quotation.
 * </ul>
 * Thread-safe and immutable; runs on executors.
 */
public final class ToneFeatures implements Serializable {
  /** Bumped whenever a feature changes meaning; a model file names the version it was trained with. */
  public static final int VERSION = 1;

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "nor", "neither", "nobody");
  private static final Set<String> REPORTING = Set.of(
      "say", "tell", "add", "claim", "argue", "write", "state", "insist", "warn", "accuse", "deny", "announce",
      "suggest", "note", "explain", "declare", "believe", "think", "allege", "acknowledge", "admit", "call");
  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d");
  private static final Set<String> NOUN_PHRASES = Set.of("NP", "NML", "NX", "WHNP");
  private static final Set<String> MODIFIER_PHRASES = Set.of("ADJP", "VP", "SBAR", "PP", "RRC");
  private static final double NEAR = 3;

  private final RelationCues cues;

  public ToneFeatures(RelationCues cues) {
    this.cues = cues;
  }

  /** The features of target tokens {@code [first, end)} of a parsed sentence. */
  public Map<String, Double> extract(NlpSentence sentence, int first, int end) {
    Map<String, Double> f = new HashMap<>();
    f.put("bias", 1.0);
    tree(sentence.phrases(), first, end, f);
    if (sentence.dependencies() != null) {
      dependencies(sentence.tokens(), sentence.dependencies(), sentence.phrases(), first, end, f);
    }
    lexical(sentence.tokens(), sentence.phrases(), first, end, f);
    voice(sentence.tokens(), first, f);
    return f;
  }

  /**
   * The relation cue that weighs most in the {@code cue_*} features of target tokens {@code [first, end)} (by its
   * weight and nearness, as {@code lexical} counts it), as a lemma; null when the sentence has none.
   */
  public String strongestCue(NlpSentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    String strongest = null;
    double most = 0;
    for (int i = 0; i < tokens.size(); i++) {
      double weight = i >= first && i < end ? 0 : Math.abs(cues.weight(tokens, i));
      int distance = i < first ? first - i : i - end + 1;
      double near = weight / (1 + distance / NEAR);
      if (near > most) {
        most = near;
        strongest = tokens.get(i).lowerLemma();
      }
    }
    return strongest;
  }

  private static void tree(PhraseTree tree, int first, int end, Map<String, Double> f) {
    int target = tree.covering(first, end);
    // Climb to the target's largest noun phrase: "the Russian government" rather than "Russian".
    int node = target;
    while (tree.phrases().get(node).parent() >= 0 && isNounPhrase(tree.phrases().get(tree.phrases().get(node).parent()))) {
      node = tree.phrases().get(node).parent();
    }
    Phrase root = tree.root();
    Phrase phrase = tree.phrases().get(node);
    Phrase sibling = tree.sibling(node);
    Phrase parent = phrase.parent() >= 0 ? tree.phrases().get(phrase.parent()) : root;
    Phrase clause = tree.clauseCovering(first, end);
    distribution("root", root, f);
    distribution("clause", clause, f);
    distribution("phrase", phrase, f);
    distribution("parent", parent, f);
    if (sibling != null) {
      distribution("sibling", sibling, f);
      f.put("sibling_label=" + sibling.label().replace("@", ""), 1.0);
      f.put("sibling_side=" + (sibling.first() < phrase.first() ? "left" : "right"), 1.0);
    }
    vector("v_root", root, f);
    vector("v_clause", clause, f);
    vector("v_phrase", phrase, f);
    vector("v_sibling", sibling, f);
    double low = 0;
    double high = 0;
    for (Phrase p : tree.pathToRoot(node)) {
      double score = NlpSentence.expectedScore(p.distribution());
      low = Math.min(low, score);
      high = Math.max(high, score);
    }
    f.put("path_low", low);
    f.put("path_high", high);
  }

  private static boolean isNounPhrase(Phrase p) {
    String label = p.label().replace("@", "");
    return label.equals("NP") || label.equals("NNP") || label.equals("NNPS") || label.equals("NML");
  }

  private static void distribution(String name, Phrase p, Map<String, Double> f) {
    double[] d = p.distribution();
    f.put(name + "_neg", d[0] + d[1]);
    f.put(name + "_strong", d[0] + d[4]);
    f.put(name + "_pos", d[3] + d[4]);
    f.put(name + "_score", NlpSentence.expectedScore(d));
  }

  private static void vector(String name, Phrase p, Map<String, Double> f) {
    if (p == null) {
      return;
    }
    double[] v = p.vector();
    for (int i = 0; i < v.length; i++) {
      f.put(name + i, v[i]);
    }
  }

  private void dependencies(List<Token> tokens, Dependencies deps, PhraseTree tree, int first, int end, Map<String, Double> f) {
    int head = deps.headOf(first, end);
    String via = null;
    // A word inside a larger noun phrase ("Russian diplomats", "Russia's agency") takes the role of that phrase's head.
    while (insideNounPhrase(deps.relation(head)) && deps.head(head) >= 0) {
      via = via == null ? deps.relation(head) : via;
      head = deps.head(head);
    }
    String role = deps.relation(head);
    f.put("role=" + role, 1.0);
    if (via != null) {
      f.put("via=" + via, 1.0);
    }
    int governor = deps.head(head);
    if (governor >= 0) {
      String lemma = tokens.get(governor).lowerLemma();
      f.put("gov=" + lemma, 1.0);
      f.put("role_gov=" + role + "_" + lemma, 1.0);
      double polarity = polarity(tree, governor);
      boolean negated = false;
      for (int child : deps.children(governor)) {
        negated |= NEGATIONS.contains(tokens.get(child).word().toLowerCase(Locale.ROOT));
      }
      f.put("gov_polarity", polarity);
      f.put("role_gov_polarity=" + role, polarity);
      if (negated) {
        f.put("gov_negated", 1.0);
        f.put("gov_negated_polarity", polarity);
      }
      if (REPORTING.contains(lemma) && role.startsWith("S") && role.endsWith(":NP")) {
        f.put("speaker", 1.0);
      }
    }
    for (int child : deps.children(head)) {
      if (child >= first && child < end) {
        continue;
      }
      if (isModifier(deps.relation(child), tokens.get(child))) {
        f.put("mod=" + tokens.get(child).lowerLemma(), 1.0);
        f.merge("mod_polarity", polarity(tree, child), Double::sum);
      }
    }
  }

  /** A relation from a noun phrase to one of its parts ({@code NP:JJ}, {@code NP:NP}, …). */
  private static boolean insideNounPhrase(String relation) {
    int colon = relation.indexOf(':');
    return colon > 0 && NOUN_PHRASES.contains(relation.substring(0, colon));
  }

  /** An adjective, participle, relative clause or prepositional phrase on the target's noun. */
  private static boolean isModifier(String relation, Token child) {
    if (!insideNounPhrase(relation)) {
      return false;
    }
    String part = relation.substring(relation.indexOf(':') + 1);
    return MODIFIER_PHRASES.contains(part) || child.pos() != null && (child.pos().startsWith("JJ") || child.pos().startsWith("VB"));
  }

  /** The sentiment model's positive minus negative probability for the single word {@code i}. */
  private static double polarity(PhraseTree tree, int i) {
    Phrase word = tree.word(i);
    if (word == null) {
      return 0;
    }
    double[] d = word.distribution();
    return d[3] + d[4] - d[0] - d[1];
  }

  private void lexical(List<Token> tokens, PhraseTree tree, int first, int end, Map<String, Double> f) {
    Phrase clause = tree.clauseCovering(first, end);
    double positive = 0;
    double negative = 0;
    double cue = 0;
    for (int i = 0; i < tokens.size(); i++) {
      // The target's own words are left out on purpose: a model that learns "Putin" or "Russia" as negative from
      // 2016–2019 US news would read that prior into every sentence and flatten the trend it is meant to show.
      if (i >= first && i < end) {
        continue;
      }
      String lemma = tokens.get(i).lowerLemma();
      int distance = i < first ? first - i : i - end + 1;
      double near = 1 / (1 + distance / NEAR);
      f.merge("w=" + lemma, near, Math::max);
      if (distance <= NEAR) {
        f.put((i < first ? "left=" : "right=") + lemma, 1.0);
      }
      double polarity = polarity(tree, i);
      double weight = clause.first() <= i && i < clause.end() ? near : near / 2;
      positive += Math.max(0, polarity) * weight;
      negative += Math.max(0, -polarity) * weight;
      cue += cues.weight(tokens, i) * weight;
    }
    f.put("lex_pos", positive);
    f.put("lex_neg", negative);
    if (cue != 0) {
      f.put(cue > 0 ? "cue_pos" : "cue_neg", Math.abs(cue));
    }
  }

  private static void voice(List<Token> tokens, int first, Map<String, Double> f) {
    int quotesBefore = 0;
    int quotes = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (QUOTES.contains(tokens.get(i).word())) {
        quotes++;
        quotesBefore += i < first ? 1 : 0;
      }
    }
    if (quotes > 0) {
      f.put("has_quote", 1.0);
    }
    if (quotesBefore % 2 == 1) {
      f.put("in_quote", 1.0);
    }
    f.put("position", first / (double) tokens.size());
  }
}
