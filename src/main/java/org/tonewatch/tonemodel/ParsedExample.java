package org.tonewatch.tonemodel;

import java.io.Serializable;
import java.util.List;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;

/**
 * A labelled example after the NLP engine: the engine's sentence that holds the first target, and the targets'
 * tokens in it (a target in another sentence of a text the splitter cut in two is left out). {@code sentence} is
 * null when no token lies on the first target's characters.
 */
public record ParsedExample(TargetedSentence source, NlpSentence sentence, List<RussiaMention> targets)
    implements Serializable {
  /** Whether the model can score it: the sentence was parsed and a target found in it. */
  /** False for a labelled mention that is not Russia as an actor: it has no tone to learn or to score. */
  public boolean hasTone() {
    return source.actor();
  }

  public boolean isScorable() {
    return sentence != null && sentence.isParsed() && !targets.isEmpty();
  }
}
