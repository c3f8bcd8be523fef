package org.tonewatch.annotate.tone;

import java.io.Serializable;
import java.util.List;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;

/**
 * The seam for tone toward Russia: a parsed sentence and its mentions in, one tone per mention out, and a rule that
 * combines them into the sentence's tone. Implementations are serializable, immutable and thread-safe; they are
 * chosen by {@code tone.model}.
 */
public interface ToneModel extends Serializable {
  /** The model's name as written in the run's configuration. */
  String name();

  /** What identifies the model's behaviour, for the annotation version: its name, and for a trained model its weights' hash. */
  String version();

  /** The SHA-256 of the file that pins a trained model's behaviour, in hex; null for a model made of rules. */
  default String sha256() {
    return null;
  }

  /** Where a trained model's file is ({@code classpath:/…} or a path; its companions lie beside it), else null. */
  default String location() {
    return null;
  }

  /** The tone toward one mention; only called for parsed sentences. */
  MentionTone score(NlpSentence sentence, RussiaMention mention);

  /** One tone per mention, in order. */
  default List<MentionTone> score(NlpSentence sentence, List<RussiaMention> mentions) {
    return mentions.stream().map(mention -> score(sentence, mention)).toList();
  }

  /** The sentence's tone from its mentions' tones. */
  MentionTone combine(List<MentionTone> mentions);
}
