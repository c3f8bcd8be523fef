package org.tonewatch.annotate.nlp;

import java.io.Serializable;
import java.util.Locale;

/** A token as the NLP stage sees it; {@code begin} and {@code end} are character offsets into the article text. */
public record Token(String word, int begin, int end, String pos, String lemma, String ner) implements Serializable {
  public boolean isPerson() {
    return "PERSON".equals(ner);
  }

  /** The lemma in lower case, or the word when the engine gave no lemma. */
  public String lowerLemma() {
    return (lemma != null ? lemma : word).toLowerCase(Locale.ROOT);
  }
}
