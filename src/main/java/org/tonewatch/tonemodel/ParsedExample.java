package org.tonewatch.tonemodel;

import java.io.Serializable;
import org.tonewatch.annotate.nlp.NlpSentence;

/**
 * A labelled example after the NLP engine: the engine's sentence that holds the target, and the target's tokens
 * {@code [first, end)} in it. {@code sentence} is null when no token lies on the target's characters.
 */
public record ParsedExample(TargetedSentence source, NlpSentence sentence, int first, int end) implements Serializable {
  /** Whether the model can score it: the sentence was parsed and the target found. */
  public boolean isScorable() {
    return sentence != null && sentence.isParsed();
  }
}
