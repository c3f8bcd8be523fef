package org.tonewatch.clean;

import org.apache.spark.api.java.function.MapFunction;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.PublicationDate;

/**
 * Executor side: sets {@code title} (unless the input gave one), {@code body}, {@code chromeLines} and
 * {@code datelines} on an ingested article, and its date from the datelines when the input gave none that could be
 * read ({@link DatelineDate}). An article with nothing left after cleaning is rejected.
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
    if (!"ok".equals(article.getDateStatus())) {
      dateFromDatelines(article);
    }
    if (cleaned.body().isBlank()) {
      article.reject("clean", "no_text", "no article text left after removing title and site chrome");
    } else {
      article.setStatus("cleaned");
    }
    return article;
  }

  /** Without a usable date from the manifest, a date in the text's datelines is the article's date. */
  private static void dateFromDatelines(Article article) {
    DatelineDate.Found found = DatelineDate.read(article.getDatelines());
    if (found != null) {
      article.setPublished(found.published());
      article.setDatePrecision(found.precision());
      article.setYear(found.date().getYear());
      article.setDateStatus("ok");
      article.setDateSource(PublicationDate.DATELINE);
    }
  }
}
