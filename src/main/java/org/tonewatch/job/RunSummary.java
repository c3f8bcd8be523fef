package org.tonewatch.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.ingest.Article;

/**
 * What a run did, counted from its articles in one pass (the published articles it kept included: the counts are of
 * the tables it publishes; {@code annotatedNow} and {@code sentencesAnnotated} are its own work); {@link #line} is the run's last line on the console. An input
 * is a file, or a record of a news-please JSON file; each is an article or a reject.
 */
public record RunSummary(
    long inputs,
    long articles,
    long rejected,
    Map<String, Long> rejectsByCode,
    long copies,
    long annotatedNow,
    long reused,
    long sentencesAnnotated,
    long sentences,
    long russiaSentences,
    long unparsedSentences,
    Map<String, Long> articlesByDate,
    double seconds) {

  /** {@code articles}: every article of the run, rejected ones included. */
  static RunSummary of(Dataset<Article> articles, double seconds) {
    Map<String, Long> byCode = new TreeMap<>();
    Map<String, Long> byDate = new TreeMap<>();
    long accepted = 0;
    long sentences = 0;
    long russia = 0;
    long unparsed = 0;
    long copies = 0;
    long annotatedNow = 0;
    long reused = 0;
    long sentencesAnnotated = 0;
    Column fresh = col("status").equalTo("annotated").and(col("reused").equalTo(false));
    for (Row row : articles.groupBy(col("rejectCode"), col("dateStatus"), col("dateSource"), col("copyOf").isNotNull())
        .agg(count(lit(1)), sum("sentences"), sum("russiaSentences"), sum("unparsedSentences"),
            count(when(fresh, 1)), count(when(col("reused"), 1)), sum(when(fresh, col("sentences")))).collectAsList()) {
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
      annotatedNow += row.getLong(8);
      reused += row.getLong(9);
      sentencesAnnotated += row.isNullAt(10) ? 0 : row.getLong(10);
      sentences += row.getLong(5);
      russia += row.getLong(6);
      unparsed += row.getLong(7);
    }
    long rejected = byCode.values().stream().mapToLong(Long::longValue).sum();
    return new RunSummary(accepted + rejected, accepted, rejected, byCode, copies, annotatedNow, reused, sentencesAnnotated,
        sentences, russia, unparsed, byDate, seconds);
  }

  public String line() {
    return String.format(Locale.ROOT,
        "[tonewatch] run summary: inputs=%d articles=%d rejected=%d %s copies=%d annotated_now=%d reused=%d "
            + "sentences=%d russia_sentences=%d unparsed_sentences=%d dates=%s seconds=%.1f",
        inputs, articles, rejected, rejectsByCode, copies, annotatedNow, reused, sentences, russiaSentences, unparsedSentences, articlesByDate, seconds);
  }
}
