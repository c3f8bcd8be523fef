package org.tonewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.tonewatch.reference.Outlets;

/**
 * Executor side: one entry of the input folder (a file joined with its manifest row, see {@link InputFolder}) into
 * articles. A {@code .txt} file is one article. A news-please {@code .json} file holds one article, an array of them,
 * or several objects one after another; a {@code .jsonl} file holds one record a line, and a line may again hold an
 * array or several objects. Every record is an article or a rejected {@link Article} with its code and reason, never
 * an exception; an entry the folder listing rejected (a link, a subfolder, a manifest problem) comes out as its reject.
 *
 * <p>Sources name the record: {@code file}, {@code file[2]} (an array's third element), {@code file#2} (the second object
 * of several), {@code file:7} (line 7 of a JSON Lines file), and combinations ({@code file:7#2[0]}).
 */
public final class SourceFile implements FlatMapFunction<Row, Article> {
  public static final String TEXT = "text";
  static final String NEWS_PLEASE = "news-please";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STRING_FIELDS = List.of("title", "maintext", "date_publish", "source_domain", "url", "language");

  private final int maxCharacters;
  private final Outlets outlets;
  private final LocalDate runDate;

  /** @param runDate the run's own date: a publication date after it is {@code invalid} */
  public SourceFile(int maxCharacters, Outlets outlets, LocalDate runDate) {
    this.maxCharacters = maxCharacters;
    this.outlets = outlets;
    this.runDate = runDate;
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
    String entryCode = row.getAs("entry_code");
    if (entryCode != null) {
      return List.of(Article.rejected(file, format, "ingest", entryCode, row.getAs("entry_reason")));
    }
    if (format == null) {
      return List.of(Article.rejected(file, null, "ingest", "unsupported_type", "unsupported file type (expected .txt, .json or .jsonl)"));
    }
    if (content == null) {
      return List.of(Article.rejected(file, format, "ingest", "unreadable", "the file could not be read"));
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
      PublicationDate.apply(article, row.getAs("published"), row.getAs("date_precision"), runDate);
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

  /** Every JSON value in {@code json}, one after another; a value that does not parse ends the reading with a reject. */
  private List<Article> parse(String source, String json) {
    List<JsonNode> values = new ArrayList<>();
    String problem = null;
    // One tree at a time from one parser: a top-level array stays an array (an ObjectReader's readValues would unwrap it).
    try (JsonParser parser = JSON.getFactory().createParser(json)) {
      for (JsonNode node = JSON.readTree(parser); node != null; node = JSON.readTree(parser)) {
        values.add(node);
      }
    } catch (IOException | RuntimeException e) {
      problem = "not valid JSON" + (values.isEmpty() ? "" : " after " + values.size() + " value(s)") + ": "
          + firstLine(e.getMessage());
    }
    List<Article> articles = new ArrayList<>();
    for (int v = 0; v < values.size(); v++) {
      String name = values.size() > 1 || problem != null ? source + "#" + (v + 1) : source;
      JsonNode node = values.get(v);
      if (node.isArray()) {
        if (node.isEmpty()) {
          articles.add(Article.rejected(name, NEWS_PLEASE, "ingest", "empty_json", "an empty JSON array: it holds no article"));
        }
        for (int i = 0; i < node.size(); i++) {
          articles.add(fromNewsPlease(name + "[" + i + "]", node.get(i)));
        }
      } else {
        articles.add(fromNewsPlease(name, node));
      }
    }
    if (problem != null) {
      String name = values.isEmpty() ? source : source + "#" + (values.size() + 1);
      articles.add(Article.rejected(name, NEWS_PLEASE, "ingest", "bad_json", problem));
    } else if (values.isEmpty()) {
      articles.add(Article.rejected(source, NEWS_PLEASE, "ingest", "empty_json", "no JSON value in the file"));
    }
    return articles;
  }

  private Article fromNewsPlease(String source, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Article.rejected(source, NEWS_PLEASE, "ingest", "bad_json",
          "a news-please record must be a JSON object, not " + kind(node));
    }
    for (String field : STRING_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        return Article.rejected(source, NEWS_PLEASE, "ingest", "bad_json",
            "the field '" + field + "' is " + kind(value) + ", not a string");
      }
    }
    Article article = new Article();
    article.setSource(source);
    article.setFormat(NEWS_PLEASE);
    article.setTitle(Article.boundedTitle(HtmlText.plain(text(node, "title"))));
    article.setUrl(text(node, "url"));
    setOutlet(article, text(node, "source_domain"));
    article.setLanguage(text(node, "language"));
    PublicationDate.apply(article, text(node, "date_publish"), null, runDate);
    return finish(article, TextDecoder.normalise(text(node, "maintext")));
  }

  /** The outlet as given ({@code outlet_raw}) and as {@code outlets.csv} names it, or by the URL's domain. */
  private void setOutlet(Article article, String raw) {
    article.setOutletRaw(raw);
    String outlet = outlets.normalise(raw);
    article.setOutlet(outlet != null ? outlet : outlets.ofUrl(article.getUrl()));
  }

  /**
   * The checks every article's text passes, whatever its format: decoded, markup stripped, within the character
   * limit, and English (by its tag, or by the detector when it has none).
   */
  private Article finish(Article article, TextDecoder.Decoded decoded) {
    if (decoded.problem() != null) {
      article.reject("ingest", decoded.code(), decoded.problem());
      return article;
    }
    String text = HtmlText.plain(decoded.text());
    if (text.isBlank()) {
      article.reject("ingest", "empty_file", "no text left once its HTML markup is removed");
      return article;
    }
    article.setArticleId(ArticleIds.of(article.getOutlet(), text));
    article.setCharacters(text.length());
    if (text.length() > maxCharacters) {
      article.reject("ingest", "too_long", "article has " + text.length() + " characters, over ingest.max-characters=" + maxCharacters);
      return article;
    }
    String language = article.getLanguage();
    if (language != null && !language.isBlank()) {
      if (!TextLanguage.isEnglishTag(language)) {
        article.reject("ingest", "not_english", "language is '" + language + "', not English");
        return article;
      }
    } else {
      String detected = TextLanguage.otherThanEnglish(text);
      if (detected != null) {
        article.reject("ingest", "not_english", "the text reads as " + detected + " (language detector), not English");
        return article;
      }
    }
    article.setText(text);
    article.setStatus("ingested");
    return article;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
