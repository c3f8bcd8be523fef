package org.tonewatch.clean;

import org.apache.spark.api.java.function.MapFunction;
import org.tonewatch.ingest.Article;
import org.tonewatch.ingest.PublicationDate;
import org.tonewatch.ingest.SourceFile;
import org.tonewatch.reference.Outlets;

/**
 * Executor side: sets {@code title} (unless the input gave one), {@code body}, {@code chromeLines} and
 * {@code datelines} on an ingested article, and its date from the datelines when the input gave none that could be
 * read ({@link DatelineDate}), and its original outlet from the credits when the input named none
 * ({@link OriginalOutlet}; else the publisher). An article with nothing left after cleaning is rejected.
 */
public final class CleanArticle implements MapFunction<Article, Article> {
  private final ArticleCleaner cleaner;
  private final Outlets outlets;

  public CleanArticle(ArticleCleaner cleaner, Outlets outlets) {
    this.cleaner = cleaner;
    this.outlets = outlets;
  }

  @Override
  public Article call(Article article) {
    if (article.isRejected()) {
      return article;
    }
    String outlet = article.getOutlet();
    // A text file's title is always read off its text, also when the article comes back from the published tables
    // with its title set, so that the body is the same in every run.
    boolean titleInText = article.getTitle() == null || SourceFile.TEXT.equals(article.getFormat());
    ArticleCleaner.Cleaned cleaned = titleInText
        ? cleaner.cleanWithTitle(article.getText(), outlet)
        : cleaner.cleanBodyOnly(article.getText(), outlet);
    if (titleInText) {
      article.setTitle(Article.boundedTitle(cleaned.title()));
    }
    article.setBody(cleaned.body());
    article.setChromeLines(cleaned.removed().size());
    article.setDatelines(cleaned.removed().stream().filter(r -> !r.kind().equals("chrome")).map(ArticleCleaner.Removed::line).toList());
    if (!"ok".equals(article.getDateStatus())) {
      dateFromDatelines(article);
    }
    if (article.getOriginalOutlet() == null) {
      String credited = OriginalOutlet.fromCredits(article.getDatelines(), outlets);
      article.setOriginalOutlet(credited != null ? credited : article.getOutlet());
      article.setOriginalOutletSource(credited != null ? OriginalOutlet.CREDIT : article.getOutlet() != null ? OriginalOutlet.PUBLISHER : null);
    }
    if (cleaned.body().isBlank()) {
      article.reject("clean", "no_text", "no article text left after removing title and site chrome");
    } else {
      if (article.getStatus() == null || article.getStatus().equals("ingested")) {
        article.setStatus("cleaned");
      }
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
