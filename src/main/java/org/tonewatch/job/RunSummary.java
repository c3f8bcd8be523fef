package org.tonewatch.job;

import static org.apache.spark.sql.functions.col;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.Reject;

/** What a run did, counted from its outputs; {@link #line} is the run's last line on the console. */
public record RunSummary(
    long inputs,
    long articles,
    long rejected,
    Map<String, Long> rejectsByCode,
    long sentences,
    long russiaSentences,
    long unparsedSentences,
    Map<String, Long> articlesByDateStatus,
    double seconds) {

  static RunSummary of(Dataset<Article> articles, Dataset<Reject> rejects, Dataset<Sentence> sentences, long inputs, double seconds) {
    Map<String, Long> byCode = new TreeMap<>();
    for (Row row : rejects.groupBy("code").count().collectAsList()) {
      byCode.put(row.getString(0), row.getLong(1));
    }
    Map<String, Long> byDate = new TreeMap<>();
    for (Row row : articles.groupBy("dateStatus").count().collectAsList()) {
      byDate.put(row.getString(0), row.getLong(1));
    }
    Row counts = sentences.toDF().selectExpr(
        "count(*)", "count_if(russiaMentioned)", "count_if(parseStatus <> 'ok')").first();
    return new RunSummary(inputs, articles.count(), byCode.values().stream().mapToLong(Long::longValue).sum(), byCode,
        counts.getLong(0), counts.getLong(1), counts.getLong(2), byDate, seconds);
  }

  public String line() {
    return String.format(Locale.ROOT,
        "[tonewatch] run summary: inputs=%d articles=%d rejected=%d %s sentences=%d russia_sentences=%d "
            + "unparsed_sentences=%d dates=%s seconds=%.1f",
        inputs, articles, rejected, rejectsByCode, sentences, russiaSentences, unparsedSentences, articlesByDateStatus, seconds);
  }
}
