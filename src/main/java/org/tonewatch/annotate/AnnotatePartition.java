package org.tonewatch.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.LongAccumulator;
import org.tonewatch.annotate.leader.ArticleLeaders;
import org.tonewatch.annotate.leader.LeaderGazetteer;
import org.tonewatch.annotate.leader.LeaderMatch;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;
import org.tonewatch.annotate.nlp.NlpEngine;
import org.tonewatch.annotate.nlp.NlpEngines;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.NlpSettings;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.annotate.tone.ActorMentions;
import org.tonewatch.annotate.tone.MentionTone;
import org.tonewatch.annotate.tone.ToneModel;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.PublicationDate;

/**
 * Executor side: cleaned articles in, articles with their sentences out. Each sentence gets its sentiment, its
 * mentions of Russia (the finder's candidates that the tone model takes for Russia as an actor, {@link ActorMentions}),
 * its tone toward Russia and the leaders it names. The NLP engine is taken from the JVM's shared
 * instance inside the task, never shipped with the function. Rejected articles pass through untouched; an article the
 * NLP engine fails on is rejected at stage {@code annotate} with the error, and the task goes on. A copy of another
 * article ({@code copyOf} set) is not annotated: its status becomes {@code copy} and its story's sentences are those of
 * the article it copies. An article marked {@code reused} (one of the published tables, annotated under this run's
 * annotation version: {@link CurrentAnnotation}) passes through as it is: its sentences are the published ones.
 *
 * <p>A sentence made only of punctuation or quote marks is dropped; {@code sentence_index} counts the others. A
 * sentence of at least {@value #MIN_REPEAT_TOKENS} tokens with the same words as an earlier one of its article (case and
 * punctuation aside) gets {@code repeat_of}, that sentence's index.
 */
public final class AnnotatePartition implements MapPartitionsFunction<Article, AnnotatedArticle> {
  /** Shorter sentences ("He said no.") repeat by chance; from this length a word-for-word repeat is the same sentence. */
  static final int MIN_REPEAT_TOKENS = 6;
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String[] SENTIMENT_LABELS = {"very negative", "negative", "neutral", "positive", "very positive"};

  private final NlpSettings nlp;
  private final LeaderGazetteer leaders;
  private final RussiaMentionFinder mentions;
  private final ToneModel tone;
  private final String version;
  private final Set<Integer> faultyPartitions;
  private final LongAccumulator articlesDone;

  /** {@code version}: the run's {@code annotation_version}, which the articles it annotates get. */
  public AnnotatePartition(NlpSettings nlp, LeaderGazetteer leaders, RussiaMentionFinder mentions, ToneModel tone, String version) {
    this(nlp, leaders, mentions, tone, version, Set.of(), null);
  }

  private AnnotatePartition(NlpSettings nlp, LeaderGazetteer leaders, RussiaMentionFinder mentions, ToneModel tone, String version,
      Set<Integer> faultyPartitions, LongAccumulator articlesDone) {
    this.version = version;
    this.articlesDone = articlesDone;
    this.nlp = nlp;
    this.leaders = leaders;
    this.mentions = mentions;
    this.tone = tone;
    this.faultyPartitions = faultyPartitions;
  }

  /**
   * The fault switch of the tests ({@code faults.fail-first-attempt}): the first attempt of each of these partitions
   * fails with an error after its first article (at once when it has none), as a task on a lost or broken executor
   * would; later attempts run.
   */
  public AnnotatePartition failingFirstAttemptOf(Set<Integer> partitions) {
    return new AnnotatePartition(nlp, leaders, mentions, tone, version, Set.copyOf(partitions), articlesDone);
  }

  /** The same function, adding one to {@code articles} for each article it has handled (for the running progress). */
  public AnnotatePartition countingInto(LongAccumulator articles) {
    return new AnnotatePartition(nlp, leaders, mentions, tone, version, faultyPartitions, articles);
  }

  @Override
  public Iterator<AnnotatedArticle> call(Iterator<Article> articles) {
    // Taken only when an article needs annotating, so that a run that only keeps published articles loads no models.
    Supplier<NlpEngine> engine = () -> NlpEngines.shared(nlp);
    TaskContext task = TaskContext.get();
    boolean faulty = task != null && task.attemptNumber() == 0 && faultyPartitions.contains(task.partitionId());
    return new Iterator<>() {
      private int done;

      @Override
      public boolean hasNext() {
        boolean more = articles.hasNext();
        if (faulty && (done > 0 || !more)) {
          throw new IllegalStateException("fault injected in the first attempt of annotate partition " + task.partitionId()
              + " (faults.fail-first-attempt)");
        }
        return more;
      }

      @Override
      public AnnotatedArticle next() {
        done++;
        AnnotatedArticle result = annotate(engine, articles.next());
        if (articlesDone != null) {
          articlesDone.add(1);
        }
        return result;
      }
    };
  }

  /** Annotates one article with {@code engine}; public for the benchmark's plain loop. */
  public AnnotatedArticle annotate(NlpEngine engine, Article article) {
    return annotate(() -> engine, article);
  }

  private AnnotatedArticle annotate(Supplier<NlpEngine> engine, Article article) {
    if (article.isRejected()) {
      return new AnnotatedArticle(article, List.of());
    }
    if (article.getCopyOf() != null) {
      article.setStatus(CurrentAnnotation.COPY);
      article.setAnnotationVersion(version);
      article.setSentences(0);
      article.setRussiaSentences(0);
      article.setUnparsedSentences(0);
      return new AnnotatedArticle(article, List.of());
    }
    if (article.isReused()) {
      return new AnnotatedArticle(article, List.of());
    }
    article.setAnnotationVersion(version);
    List<NlpSentence> parsed;
    try {
      parsed = engine.get().annotate(article.getBody());
    } catch (RuntimeException | StackOverflowError e) {
      article.reject("annotate", "nlp_failed", "the NLP engine failed on this article: " + e);
      return new AnnotatedArticle(article, List.of());
    }
    List<NlpSentence> kept = parsed.stream().filter(s -> s.tokens().stream().anyMatch(AnnotatePartition::hasLetterOrDigit)).toList();
    LocalDate[] period = PublicationDate.period(article);
    List<String> era = leaders.era(period);
    ArticleLeaders articleLeaders = leaders.article(period, kept.stream().map(NlpSentence::tokens).toList());
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Integer> firstOf = new HashMap<>();
    for (NlpSentence nlpSentence : kept) {
      Sentence row = sentence(article, sentences.size(), nlpSentence, articleLeaders);
      row.setEraLeaders(era);
      if (row.getTokens() >= MIN_REPEAT_TOKENS) {
        row.setRepeatOf(firstOf.putIfAbsent(NOT_A_WORD.matcher(row.getText().toLowerCase(Locale.ROOT)).replaceAll(" ").strip(),
            row.getSentenceIndex()));
      }
      sentences.add(row);
    }
    article.setSentences(sentences.size());
    article.setRussiaSentences((int) sentences.stream().filter(Sentence::isRussiaMentioned).count());
    article.setUnparsedSentences((int) sentences.stream().filter(s -> !NlpSentence.PARSED.equals(s.getParseStatus())).count());
    article.setStatus(CurrentAnnotation.ANNOTATED);
    return new AnnotatedArticle(article, sentences);
  }

  private Sentence sentence(Article article, int index, NlpSentence nlpSentence, ArticleLeaders articleLeaders) {
    Sentence row = new Sentence();
    row.setArticleId(article.getArticleId());
    row.setSentenceIndex(index);
    // The words the sentence was analysed as: chrome blanked inside it (a widget, a dateline) is not part of it.
    row.setText(article.getBody().substring(nlpSentence.begin(), nlpSentence.end()).replaceAll("\\s+", " ").strip());
    row.setCharBegin(nlpSentence.begin());
    row.setCharEnd(nlpSentence.end());
    row.setTokens(nlpSentence.tokens().size());
    row.setParseStatus(nlpSentence.parseStatus());
    row.setYear(article.getYear());
    row.setOutlet(article.getOutlet());
    row.setOriginalOutlet(article.getOriginalOutlet());
    if (nlpSentence.isParsed()) {
      row.setSentiment(nlpSentence.sentiment());
      row.setSentimentLabel(SENTIMENT_LABELS[nlpSentence.sentiment()]);
      row.setSentimentProbs(Arrays.stream(nlpSentence.distribution()).boxed().toList());
      row.setSentimentScore(nlpSentence.sentimentScore());
    }

    List<Token> tokens = nlpSentence.tokens();
    List<LeaderMatch> named = articleLeaders.find(tokens);
    row.setLeaders(LeaderGazetteer.ids(named));
    List<RussiaMention> found = mentions.find(tokens, named);
    List<MentionTone> tones = nlpSentence.isParsed() && !found.isEmpty() ? tone.score(nlpSentence, found) : null;
    if (tones != null) {
      ActorMentions actors = ActorMentions.of(found, tones);
      found = actors.mentions();
      tones = actors.tones();
    }
    row.setRussiaMentioned(!found.isEmpty());
    List<Mention> rows = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      RussiaMention m = found.get(i);
      int begin = tokens.get(m.first()).begin();
      int end = tokens.get(m.end() - 1).end();
      MentionTone t = tones == null ? null : tones.get(i);
      rows.add(new Mention(article.getText().substring(begin, end), m.kind(), begin, end,
          t == null ? null : t.tone(), t == null ? null : t.score(), t == null ? null : t.evidence()));
    }
    row.setMentions(rows);
    if (tones != null) {
      MentionTone sentenceTone = tone.combine(tones);
      row.setTone(sentenceTone.tone());
      row.setToneScore(sentenceTone.score());
      row.setToneModel(tone.name());
    }
    return row;
  }

  private static boolean hasLetterOrDigit(Token token) {
    return token.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
