package org.tonewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.tonewatch.reference.Outlets;

/**
 * Executor side: one row of the input folder (a file joined with its manifest row; either side may be missing) into
 * articles. A {@code .txt} file is one article; a news-please {@code .json} file holds one article (or an array), a
 * {@code .jsonl} file one per line. Whatever cannot be read comes out as a rejected {@link Article} with its reason,
 * never as an exception.
 *
 * <p>Needs the columns of {@link InputFolder#joined}: {@code file, content, outlet, original_outlet, url, published,
 * date_precision}.
 */
public final class SourceFile implements FlatMapFunction<Row, Article> {
  public static final String TEXT = "text";
  static final String NEWS_PLEASE = "news-please";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxCharacters;
  private final Outlets outlets;

  public SourceFile(int maxCharacters, Outlets outlets) {
    this.maxCharacters = maxCharacters;
    this.outlets = outlets;
  }

  @Override
  public Iterator<Article> call(Row row) {
    return read(row).iterator();
  }

  List<Article> read(Row row) {
    String file = row.getAs("file");
    byte[] content = row.getAs("content");
    String lower = file.toLowerCase(Locale.ROOT);
    String format = lower.endsWith(".txt") ? TEXT : lower.endsWith(".json") || lower.endsWith(".jsonl") ? NEWS_PLEASE : null;
    if (content == null) {
      return List.of(Article.rejected(file, format, "ingest", "missing_file", "the manifest lists " + file + " but the input folder has no such file"));
    }
    if (format == null) {
      return List.of(Article.rejected(file, null, "ingest", "unsupported_type", "unsupported file type (expected .txt, .json or .jsonl)"));
    }
    if (format.equals(TEXT)) {
      TextDecoder.Decoded decoded = TextDecoder.decode(content);
      Article article = new Article();
      article.setSource(file);
      article.setFormat(TEXT);
      article.setUrl(row.getAs("url"));
      setOutlet(article, row.getAs("outlet"));
      article.setOriginalOutlet(outlets.normalise(row.getAs("original_outlet")));
      if (article.getOriginalOutlet() != null) {
        article.setOriginalOutletSource(PublicationDate.MANIFEST);
      }
      PublicationDate.apply(article, row.getAs("published"), row.getAs("date_precision"));
      return List.of(finish(article, decoded));
    }
    return readNewsPlease(file, content, lower.endsWith(".jsonl"));
  }

  private List<Article> readNewsPlease(String file, byte[] content, boolean lines) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (decoded.problem() != null) {
      return List.of(Article.rejected(file, NEWS_PLEASE, "ingest", decoded.code(), decoded.problem()));
    }
    List<Article> articles = new ArrayList<>();
    if (lines) {
      String[] jsonLines = decoded.text().split("\n");
      for (int i = 0; i < jsonLines.length; i++) {
        if (!jsonLines[i].isBlank()) {
          articles.addAll(parse(file + ":" + (i + 1), jsonLines[i]));
        }
      }
    } else {
      articles.addAll(parse(file, decoded.text()));
    }
    return articles;
  }

  private List<Article> parse(String source, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      return List.of(Article.rejected(source, NEWS_PLEASE, "ingest", "bad_json", "not valid JSON: " + firstLine(e.getMessage())));
    }
    List<Article> articles = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        articles.add(fromNewsPlease(source + "[" + i + "]", node.get(i)));
      }
    } else {
      articles.add(fromNewsPlease(source, node));
    }
    return articles;
  }

  private Article fromNewsPlease(String source, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Article.rejected(source, NEWS_PLEASE, "ingest", "bad_json", "a news-please record must be a JSON object");
    }
    Article article = new Article();
    article.setSource(source);
    article.setFormat(NEWS_PLEASE);
    article.setTitle(text(node, "title"));
    article.setUrl(text(node, "url"));
    setOutlet(article, text(node, "source_domain"));
    article.setLanguage(text(node, "language"));
    PublicationDate.apply(article, text(node, "date_publish"), null);
    String language = article.getLanguage();
    if (language != null && !language.equalsIgnoreCase("en")) {
      article.reject("ingest", "not_english", "language is '" + language + "', not English");
      return article;
    }
    return finish(article, TextDecoder.normalise(text(node, "maintext")));
  }

  /** The outlet as given ({@code outlet_raw}) and as {@code outlets.csv} names it, or by the URL's domain. */
  private void setOutlet(Article article, String raw) {
    article.setOutletRaw(raw);
    String outlet = outlets.normalise(raw);
    article.setOutlet(outlet != null ? outlet : outlets.ofUrl(article.getUrl()));
  }

  private Article finish(Article article, TextDecoder.Decoded decoded) {
    if (decoded.problem() != null) {
      article.reject("ingest", decoded.code(), decoded.problem());
      return article;
    }
    String text = decoded.text();
    article.setArticleId(ArticleIds.of(article.getOutlet(), text));
    article.setCharacters(text.length());
    if (text.length() > maxCharacters) {
      article.reject("ingest", "too_long", "article has " + text.length() + " characters, over ingest.max-characters=" + maxCharacters);
      return article;
    }
    article.setText(text);
    article.setStatus("ingested");
    return article;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
