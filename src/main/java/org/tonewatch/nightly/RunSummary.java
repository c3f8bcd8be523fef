package org.tonewatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;

/**
 * What a run did. An input is an entry of the input folder, or a record of a news-please JSON file; each input this run
 * read ({@code inputsSeen}) is an article (already published or new), a copy or a reject, as {@code inputs} counts them. The article and sentence counts are
 * of the tables the run publishes, the articles kept from earlier runs included; {@code newArticles},
 * {@code annotatedNow}, {@code sentencesAnnotated} and {@code parseStatuses} are the run's own work. {@link #line} is
 * the run's last line on the console.
 */
public record RunSummary(
    long inputsSeen,
    long newArticles,
    long articles,
    long rejected,
    Map<String, Long> rejectsByCode,
    long copies,
    long annotatedNow,
    long reused,
    long sentencesAnnotated,
    Map<String, Long> parseStatuses,
    long sentences,
    long russiaSentences,
    long unparsedSentences,
    Map<String, Long> articlesByDate,
    double seconds,
    InputAccount inputs) {

  /**
   * Counts in one pass over {@code articles} (every article of the run, rejected ones included) and one over
   * {@code annotatedNow} (the sentences this run annotated).
   */
  static RunSummary of(InputAccount inputs, Dataset<Article> articles, Dataset<Sentence> annotatedNow, double seconds) {
    Map<String, Long> byCode = new TreeMap<>();
    Map<String, Long> byDate = new TreeMap<>();
    long accepted = 0;
    long fresh = 0;
    long sentences = 0;
    long russia = 0;
    long unparsed = 0;
    long copies = 0;
    long annotated = 0;
    long reused = 0;
    long sentencesAnnotated = 0;
    Column now = col("status").equalTo("annotated").and(col("reused").equalTo(false));
    for (Row row : articles.groupBy(col("rejectCode"), col("dateStatus"), col("dateSource"), col("copyOf").isNotNull())
        .agg(count(lit(1)), sum("sentences"), sum("russiaSentences"), sum("unparsedSentences"),
            count(when(now, 1)), count(when(col("reused"), 1)), sum(when(now, col("sentences"))),
            count(when(not(col("previouslyPublished")), 1))).collectAsList()) {
      String code = row.getString(0);
      long n = row.getLong(4);
      if (code != null) {
        byCode.merge(code, n, Long::sum);
        continue;
      }
      accepted += n;
      // Dated articles by where the date came from; undated ones by why they have none.
      byDate.merge("ok".equals(row.getString(1)) ? row.getString(2) : row.getString(1), n, Long::sum);
      copies += row.getBoolean(3) ? n : 0;
      annotated += row.getLong(8);
      reused += row.getLong(9);
      sentencesAnnotated += row.isNullAt(10) ? 0 : row.getLong(10);
      fresh += row.getLong(11);
      sentences += row.getLong(5);
      russia += row.getLong(6);
      unparsed += row.getLong(7);
    }
    Map<String, Long> parse = new TreeMap<>();
    for (Row row : annotatedNow.groupBy("parseStatus").count().collectAsList()) {
      parse.put(row.getString(0), row.getLong(1));
    }
    long rejected = byCode.values().stream().mapToLong(Long::longValue).sum();
    return new RunSummary(inputs.inputsSeen(), fresh, accepted, rejected, byCode, copies, annotated, reused, sentencesAnnotated, parse,
        sentences, russia, unparsed, byDate, seconds, inputs);
  }

  /** The same counts, with the run's time. */
  RunSummary withSeconds(double runSeconds) {
    return new RunSummary(inputsSeen, newArticles, articles, rejected, rejectsByCode, copies, annotatedNow, reused,
        sentencesAnnotated, parseStatuses, sentences, russiaSentences, unparsedSentences, articlesByDate, runSeconds, inputs);
  }

  /** Sentences whose parse ran past {@code nlp.parse-maxtime} in this run. */
  long parseTimeouts() {
    return parseStatuses.getOrDefault("timeout", 0L);
  }

  public String line() {
    return String.format(Locale.ROOT,
        "[tonewatch] run summary: inputs_seen=%d (= articles %d + copies %d + rejects %d) new_articles=%d articles=%d rejected=%d %s copies=%d annotated_now=%d "
            + "reused=%d sentences_annotated=%d parse=%s sentences=%d russia_sentences=%d unparsed_sentences=%d dates=%s "
            + "seconds=%.1f",
        inputsSeen, inputs.articles(), inputs.copies(), inputs.rejects(), newArticles, articles, rejected, rejectsByCode,
        copies, annotatedNow, reused, sentencesAnnotated, parseStatuses, sentences, russiaSentences, unparsedSentences, articlesByDate, seconds);
  }
}
