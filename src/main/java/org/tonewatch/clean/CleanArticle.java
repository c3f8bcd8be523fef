package org.tonewatch.clean;

import org.apache.spark.api.java.function.MapFunction;
import org.tonewatch.ingest.Article;

/**
 * Executor side: sets {@code title} (unless the input gave one), {@code body}, {@code chromeLines} and
 * {@code datelines} on an ingested article. An article with nothing left after cleaning is rejected.
 */
public final class CleanArticle implements MapFunction<Article, Article> {
  private final ArticleCleaner cleaner;

  public CleanArticle(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  @Override
  public Article call(Article article) {
    if (article.isRejected()) {
      return article;
    }
    String outlet = article.getOutlet();
    ArticleCleaner.Cleaned cleaned = article.getTitle() == null
        ? cleaner.cleanWithTitle(article.getText(), outlet)
        : cleaner.cleanBodyOnly(article.getText(), outlet);
    if (article.getTitle() == null) {
      article.setTitle(cleaned.title());
    }
    article.setBody(cleaned.body());
    article.setChromeLines(cleaned.removed().size());
    article.setDatelines(cleaned.removed().stream().filter(r -> !r.kind().equals("chrome")).map(ArticleCleaner.Removed::line).toList());
    if (cleaned.body().isBlank()) {
      article.reject("clean", "no_text", "no article text left after removing title and site chrome");
    } else {
      article.setStatus("cleaned");
    }
    return article;
  }
}
