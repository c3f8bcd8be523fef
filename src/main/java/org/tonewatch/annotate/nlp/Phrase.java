package org.tonewatch.annotate.nlp;

import java.io.Serializable;

/**
 * One node of the sentiment model's binarized parse tree: tokens {@code [first, end)} of the sentence.
 *
 * @param label the constituent label ({@code S}, {@code NP}, {@code @VP} for a binarized part, a POS tag above a word)
 * @param parent the index of the parent node in {@link PhraseTree#phrases()}, -1 for the root
 * @param distribution the sentiment model's five class probabilities (very negative … very positive)
 * @param vector the sentiment model's hidden vector of the phrase, or an empty array when the engine has none
 */
public record Phrase(String label, int first, int end, int parent, double[] distribution, double[] vector)
    implements Serializable {
  public boolean covers(int from, int to) {
    return first <= from && to <= end;
  }
}
