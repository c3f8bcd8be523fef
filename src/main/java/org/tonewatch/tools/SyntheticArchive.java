package org.tonewatch.tools;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.tonewatch.annotate.CurrentAnnotation;
import org.tonewatch.annotate.Mention;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;

/**
 * Annotated articles and sentences made up from a seed, as if a night had annotated them: the rows of the archive
 * benchmark, with no NLP. Article {@code i} and its sentences depend only on the seed and {@code i}, so an archive is
 * the same on every machine and a partition can make its rows without the others. Sizes follow the real corpus's
 * order of magnitude: 10 to 30 sentences per article, 8 to 32 words per sentence, one sentence in eight naming Russia
 * with a tone, one in sixteen naming a leader. The words are made of syllables, so no two articles share a 5-word
 * shingle by more than chance and none is a copy of another.
 */
final class SyntheticArchive implements Serializable {
  private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
  private static final String[] LEADERS = {"vladimir-putin", "dmitry-medvedev", "sergey-lavrov", "david-cameron", "theresa-may",
      "boris-johnson", "tony-blair", "gordon-brown"};
  private static final String[] SENTIMENT_LABELS = {"very negative", "negative", "neutral", "positive", "very positive"};
  static final int FIRST_YEAR = 2012;
  static final int LAST_YEAR = 2020;

  private final long seed;
  private final String version;
  private final String toneModel;
  private final String[] outlets;

  /**
   * @param version the annotation version the rows carry: the night's, so that it keeps them
   * @param toneModel the tone model's version, as sentences name it
   * @param outlets the outlets to spread the articles over
   */
  SyntheticArchive(long seed, String version, String toneModel, List<String> outlets) {
    this.seed = seed;
    this.version = version;
    this.toneModel = toneModel;
    this.outlets = outlets.toArray(String[]::new);
  }

  /** Article {@code i}, with its sentences' counts; its body is its text. */
  MapFunction<Long, Article> articles() {
    return i -> make(i).article();
  }

  /** The sentences of article {@code i}. */
  FlatMapFunction<Long, Sentence> sentences() {
    return i -> make(i).sentences().iterator();
  }

  private record Made(Article article, List<Sentence> sentences) {}

  private Made make(long i) {
    SplittableRandom random = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
    String id = String.format(Locale.ROOT, "%016x", random.nextLong());
    int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    String outlet = outlets[random.nextInt(outlets.length)];
    int count = 10 + random.nextInt(21);
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>(count);
    int russia = 0;
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        text.append(' ');
      }
      Sentence sentence = sentence(random, id, s, text.length(), year, outlet);
      text.append(sentence.getText());
      russia += sentence.isRussiaMentioned() ? 1 : 0;
      sentences.add(sentence);
    }
    Article article = new Article();
    article.setArticleId(id);
    article.setSource("synthetic/" + i);
    article.setFormat("synthetic");
    article.setUrl("https://example.org/synthetic/" + i);
    article.setOutlet(outlet);
    article.setOutletRaw(outlet);
    article.setOriginalOutlet(outlet);
    article.setOriginalOutletSource("outlet");
    article.setLanguage("en");
    article.setTitle(sentences.get(0).getText());
    article.setText(text.toString());
    article.setBody(text.toString());
    article.setPublished(String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    article.setDatePrecision("day");
    article.setDateStatus("ok");
    article.setDateSource("manifest");
    article.setYear(year);
    article.setCharacters(text.length());
    article.setSentences(count);
    article.setRussiaSentences(russia);
    article.setClusterId(id);
    article.setStatus(CurrentAnnotation.ANNOTATED);
    article.setAnnotationVersion(version);
    return new Made(article, sentences);
  }

  private Sentence sentence(SplittableRandom random, String articleId, int index, int begin, int year, String outlet) {
    int words = 8 + random.nextInt(25);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      int syllables = 1 + random.nextInt(3);
      for (int y = 0; y < syllables; y++) {
        text.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
      }
    }
    Sentence sentence = new Sentence();
    sentence.setArticleId(articleId);
    sentence.setSentenceIndex(index);
    sentence.setCharBegin(begin);
    sentence.setTokens(words + 1);
    sentence.setParseStatus("ok");
    int sentiment = random.nextInt(5);
    sentence.setSentiment(sentiment);
    sentence.setSentimentLabel(SENTIMENT_LABELS[sentiment]);
    List<Double> probs = new ArrayList<>(List.of(0.05, 0.05, 0.05, 0.05, 0.05));
    probs.set(sentiment, 0.8);
    sentence.setSentimentProbs(probs);
    sentence.setSentimentScore((double) sentiment - 2);
    if (random.nextInt(8) == 0) {
      int tone = random.nextInt(10) < 4 ? -1 : random.nextInt(10) < 9 ? 0 : 1;
      int at = text.length();
      text.append(" Russia");
      Mention mention = new Mention();
      mention.setText("Russia");
      mention.setKind("country");
      mention.setBegin(at + 1);
      mention.setEnd(at + 7);
      mention.setTone(tone);
      mention.setScore(0.5 + random.nextDouble() / 2);
      mention.setEvidence(List.of());
      sentence.setRussiaMentioned(true);
      sentence.setMentions(List.of(mention));
      sentence.setTone(tone);
      sentence.setToneScore(mention.getScore());
      sentence.setToneModel(toneModel);
    }
    if (random.nextInt(16) == 0) {
      sentence.setLeaders(List.of(LEADERS[random.nextInt(LEADERS.length)]));
    }
    text.append('.');
    sentence.setText(text.toString());
    sentence.setCharEnd(begin + text.length());
    sentence.setYear(year);
    sentence.setOutlet(outlet);
    sentence.setOriginalOutlet(outlet);
    return sentence;
  }
}
