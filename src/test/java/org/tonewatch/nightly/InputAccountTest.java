package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tonewatch.ingest.Article;
import org.tonewatch.testing.SharedSpark;

/** Where a run's inputs went, on three-row fixtures: counted once each, and an input that went nowhere fails the run. */
class InputAccountTest {
  private final SparkSession spark = SharedSpark.session();

  private static Article article(String id, String copyOf) {
    Article a = new Article();
    a.setArticleId(id);
    a.setSource(id + ".txt");
    a.setCopyOf(copyOf);
    a.setStatus(copyOf == null ? "annotated" : "copy");
    return a;
  }

  private Dataset<Article> rows(Article... articles) {
    return spark.createDataset(List.of(articles), Article.ENCODER);
  }

  @Test
  void countsArticlesCopiesAndRejectsOnceEach() {
    Article rejected = Article.rejected("empty.txt", "text", "ingest", "empty_file", "empty file");
    // An exact copy rejected at ingest shares its article's id and must not count that article twice.
    Article duplicate = article("a", null);
    duplicate.setSource("a-again.txt");
    duplicate.reject("ingest", "duplicate", "same text as a.txt");
    Article noText = article("c", null);
    noText.reject("clean", "no_text", "nothing left");
    InputAccount account = InputAccount.of(rows(article("a", null), article("b", "a"), rejected, duplicate, article("c", null)),
        rows(article("a", null), article("b", "a"), rejected, duplicate, noText)).check();

    assertEquals(new InputAccount(5, 1, 1, 3), account);
  }

  @Test
  void anInputThatIsNeitherArticleCopyNorRejectFailsTheRun() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InputAccount.of(rows(article("a", null), article("lost", null)), rows(article("a", null))).check());
    assertEquals("1 of 2 inputs are neither an article, a copy nor a reject; nothing was published", e.getMessage());
  }
}
