package org.tonewatch.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.tone.ToneModels;
import org.tonewatch.annotate.tone.SentimentTreeTone;
import org.tonewatch.ingest.Article;
import org.tonewatch.reference.ReferenceData;
import org.tonewatch.testing.FakeNlpEngine;

class RepeatedSentencesTest {
  @Test
  void aSentenceRepeatedWordForWordPointsToItsFirstAndShortOnesDoNot() {
    NlpSettings settings = new NlpSettings(FakeNlpEngine.class.getName(), "sr", 100, NlpSettings.PARSE_MAX_MILLIS, false);
    ReferenceData reference = ReferenceData.bundled();
    AnnotatePartition annotate = new AnnotatePartition(settings, LeaderGazetteer.from(reference), RussiaMentionFinder.load(reference),
        ToneModels.named(SentimentTreeTone.NAME, null, reference), "test");
    Article article = new Article();
    article.setArticleId("a");
    String body = "Russia expelled twenty British diplomats on Saturday. He said no. Talks went on.\n\n"
        + "RUSSIA expelled twenty British diplomats, on Saturday! He said no.";
    article.setText(body);
    article.setBody(body);

    List<Sentence> sentences = annotate.annotate(new FakeNlpEngine(settings), article).getSentences();

    assertEquals(Arrays.asList(null, null, null, 0, null), sentences.stream().map(Sentence::getRepeatOf).toList(),
        "case and punctuation aside, the long sentence repeats; 'He said no.' is too short to tell");
  }
}
