package org.tonewatch.annotate.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The basic Universal Dependencies of one sentence: for each token its head (a token index, -1 for the root or a
 * token the parser left out) and the relation to it ({@code nsubj}, {@code obj}, {@code amod}, …). Immutable.
 */
public final class Dependencies implements Serializable {
  private final int[] heads;
  private final String[] relations;

  public Dependencies(int[] heads, String[] relations) {
    if (heads.length != relations.length) {
      throw new IllegalArgumentException("one head and one relation per token");
    }
    this.heads = heads.clone();
    this.relations = relations.clone();
  }

  public int size() {
    return heads.length;
  }

  public int head(int token) {
    return heads[token];
  }

  public String relation(int token) {
    return relations[token];
  }

  public List<Integer> children(int token) {
    List<Integer> children = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == token) {
        children.add(i);
      }
    }
    return children;
  }

  /** The token of {@code [first, end)} whose head lies outside the span: the span's head word. */
  public int headOf(int first, int end) {
    for (int i = first; i < end; i++) {
      if (heads[i] < first || heads[i] >= end) {
        return i;
      }
    }
    return end - 1;
  }
}
