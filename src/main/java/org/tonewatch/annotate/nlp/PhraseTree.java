package org.tonewatch.annotate.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentiment model's view of the phrases of one parsed sentence, as plain data: its nodes in pre-order (the root
 * first, every parent before its children), each with its token span, sentiment distribution and hidden vector.
 * Immutable and serializable.
 */
public final class PhraseTree implements Serializable {
  private static final Set<String> CLAUSES = Set.of("S", "SINV", "SQ", "SBAR", "SBARQ");

  private final List<Phrase> phrases;

  public PhraseTree(List<Phrase> phrases) {
    if (phrases.isEmpty() || phrases.get(0).parent() != -1) {
      throw new IllegalArgumentException("a phrase tree starts with its root");
    }
    this.phrases = List.copyOf(phrases);
  }

  /** A root over {@code tokens} words, each word a phrase of its own, all with {@code distribution}: for fixtures. */
  public static PhraseTree flat(int tokens, double[] distribution) {
    List<Phrase> nodes = new ArrayList<>();
    nodes.add(new Phrase("ROOT", 0, tokens, -1, distribution, new double[0]));
    for (int i = 0; i < tokens; i++) {
      nodes.add(new Phrase("X", i, i + 1, 0, distribution, new double[0]));
    }
    return new PhraseTree(nodes);
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  public Phrase root() {
    return phrases.get(0);
  }

  /** The index of the smallest phrase covering tokens {@code [first, end)}; the root's (0) when none is smaller. */
  public int covering(int first, int end) {
    int best = 0;
    for (int i = 1; i < phrases.size(); i++) {
      Phrase p = phrases.get(i);
      if (p.covers(first, end) && p.end() - p.first() <= phrases.get(best).end() - phrases.get(best).first()) {
        best = i;
      }
    }
    return best;
  }

  /** The phrases from {@code node} up to the root, {@code node} first. */
  public List<Phrase> pathToRoot(int node) {
    List<Phrase> path = new ArrayList<>();
    for (int i = node; i >= 0; i = phrases.get(i).parent()) {
      path.add(phrases.get(i));
    }
    return path;
  }

  /** The other child of {@code node}'s parent, or null for the root or an only child. */
  public Phrase sibling(int node) {
    int parent = phrases.get(node).parent();
    for (int i = parent + 1; parent >= 0 && i < phrases.size(); i++) {
      if (i != node && phrases.get(i).parent() == parent) {
        return phrases.get(i);
      }
    }
    return null;
  }

  /** The smallest clause (S, SINV, SQ, SBAR, SBARQ) covering tokens {@code [first, end)}, or the root. */
  public Phrase clauseCovering(int first, int end) {
    for (Phrase p : pathToRoot(covering(first, end))) {
      if (CLAUSES.contains(p.label())) {
        return p;
      }
    }
    return root();
  }

  /** The phrase of token {@code i} alone (the node above the word), or null when the tree has none. */
  public Phrase word(int i) {
    Phrase p = phrases.get(covering(i, i + 1));
    return p.first() == i && p.end() == i + 1 ? p : null;
  }
}
