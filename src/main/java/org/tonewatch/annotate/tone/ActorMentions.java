package org.tonewatch.annotate.tone;

import java.util.ArrayList;
import java.util.List;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;

/**
 * The mentions of a sentence that count: the finder's candidates that the tone model takes for Russia as an actor
 * ({@link MentionTone#isActor}), with their tones. A candidate that names Russia only as a place, a nationality or a
 * thing's origin goes; relation nouns ("ties", "relations") stay only beside a mention that stays, as the finder
 * keeps them. With no mention left the sentence does not mention Russia and has no tone.
 *
 * @param mentions the mentions kept, in order
 * @param tones their tones, in the same order; null when no mention is left
 */
public record ActorMentions(List<RussiaMention> mentions, List<MentionTone> tones) {
  /** @param tones one per candidate, in order, as {@link ToneModel#score(org.tonewatch.annotate.nlp.NlpSentence, List)} gives them */
  public static ActorMentions of(List<RussiaMention> candidates, List<MentionTone> tones) {
    List<RussiaMention> kept = new ArrayList<>(candidates.size());
    List<MentionTone> keptTones = new ArrayList<>(candidates.size());
    boolean anyActor = false;
    for (int i = 0; i < candidates.size(); i++) {
      boolean relation = candidates.get(i).kind().equals(RussiaMentionFinder.RELATIONS);
      if (relation || tones.get(i).isActor()) {
        kept.add(candidates.get(i));
        keptTones.add(tones.get(i));
        anyActor |= !relation;
      }
    }
    return anyActor ? new ActorMentions(List.copyOf(kept), List.copyOf(keptTones)) : new ActorMentions(List.of(), null);
  }
}
