package org.tonewatch.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One article on its way through the job. Ingest fills the source, metadata, date and text; cleaning adds the title,
 * the body and what it removed; annotation adds the counts and the status. A non-null {@code rejectReason} means the
 * article goes to the {@code rejects} table instead. The {@code articles} table is a projection of this bean (see
 * {@code publish.Tables}); {@code body} is working state and is not published.
 */
public class Article implements Serializable {
  public static final Encoder<Article> ENCODER = Encoders.bean(Article.class);

  private String articleId;
  private String source;
  private String format;
  private String url;
  private String outlet;
  private String outletRaw;
  private String originalOutlet;
  private String originalOutletSource;
  private String language;
  private String title;
  private String text;
  private String body;
  private String published;
  private String datePrecision;
  private String dateStatus;
  private String dateSource;
  private String publishedRaw;
  private Integer year;
  private int characters;
  private int chromeLines;
  private List<String> datelines = new ArrayList<>();
  private int sentences;
  private int russiaSentences;
  private int unparsedSentences;
  private String clusterId;
  private int clusterSize = 1;
  private String copyOf;
  private String status;
  private String annotationVersion;
  private boolean reused;
  private boolean previouslyPublished;
  private String rejectStage;
  private String rejectCode;
  private String rejectReason;

  /** Longest title kept; a longer one (a crawler's whole first paragraph) is cut at a word. */
  public static final int MAX_TITLE_CHARACTERS = 300;

  public Article() {}

  /** {@code title} within {@link #MAX_TITLE_CHARACTERS}: cut after the last whole word that fits, with "…". */
  public static String boundedTitle(String title) {
    if (title == null || title.length() <= MAX_TITLE_CHARACTERS) {
      return title;
    }
    int cut = title.lastIndexOf(' ', MAX_TITLE_CHARACTERS - 1);
    return title.substring(0, cut > MAX_TITLE_CHARACTERS / 2 ? cut : MAX_TITLE_CHARACTERS - 1).strip() + "…";
  }

  /** An input that cannot become an article, bound for the {@code rejects} table. */
  public static Article rejected(String source, String format, String stage, String code, String reason) {
    Article article = new Article();
    article.setSource(source);
    article.setFormat(format);
    article.reject(stage, code, reason);
    return article;
  }

  /** Marks the article rejected: {@code code} is a short stable name (empty_file, binary_file, …), {@code reason} a sentence. */
  public void reject(String stage, String code, String reason) {
    this.rejectStage = stage;
    this.rejectCode = code;
    this.rejectReason = reason;
    this.status = "rejected";
  }

  public boolean isRejected() {
    return rejectReason != null;
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public String getOutletRaw() { return outletRaw; }
  public void setOutletRaw(String outletRaw) { this.outletRaw = outletRaw; }
  public String getOriginalOutletSource() { return originalOutletSource; }
  public void setOriginalOutletSource(String originalOutletSource) { this.originalOutletSource = originalOutletSource; }
  public String getClusterId() { return clusterId; }
  public void setClusterId(String clusterId) { this.clusterId = clusterId; }
  public int getClusterSize() { return clusterSize; }
  public void setClusterSize(int clusterSize) { this.clusterSize = clusterSize; }
  public String getAnnotationVersion() { return annotationVersion; }
  public void setAnnotationVersion(String annotationVersion) { this.annotationVersion = annotationVersion; }
  /** True when this run took the article's annotation from the published tables instead of annotating it. */
  public boolean isReused() { return reused; }
  public void setReused(boolean reused) { this.reused = reused; }
  /** True for an article read back from the published tables, false for one from this run's input. */
  public boolean isPreviouslyPublished() { return previouslyPublished; }
  public void setPreviouslyPublished(boolean previouslyPublished) { this.previouslyPublished = previouslyPublished; }
  public String getCopyOf() { return copyOf; }
  public void setCopyOf(String copyOf) { this.copyOf = copyOf; }
  public String getOriginalOutlet() { return originalOutlet; }
  public void setOriginalOutlet(String originalOutlet) { this.originalOutlet = originalOutlet; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public String getPublished() { return published; }
  public void setPublished(String published) { this.published = published; }
  public String getDatePrecision() { return datePrecision; }
  public void setDatePrecision(String datePrecision) { this.datePrecision = datePrecision; }
  public String getDateStatus() { return dateStatus; }
  public void setDateStatus(String dateStatus) { this.dateStatus = dateStatus; }
  public String getDateSource() { return dateSource; }
  public void setDateSource(String dateSource) { this.dateSource = dateSource; }
  public String getPublishedRaw() { return publishedRaw; }
  public void setPublishedRaw(String publishedRaw) { this.publishedRaw = publishedRaw; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public int getCharacters() { return characters; }
  public void setCharacters(int characters) { this.characters = characters; }
  public int getChromeLines() { return chromeLines; }
  public void setChromeLines(int chromeLines) { this.chromeLines = chromeLines; }
  public List<String> getDatelines() { return datelines; }
  public void setDatelines(List<String> datelines) { this.datelines = datelines; }
  public int getSentences() { return sentences; }
  public void setSentences(int sentences) { this.sentences = sentences; }
  public int getRussiaSentences() { return russiaSentences; }
  public void setRussiaSentences(int russiaSentences) { this.russiaSentences = russiaSentences; }
  public int getUnparsedSentences() { return unparsedSentences; }
  public void setUnparsedSentences(int unparsedSentences) { this.unparsedSentences = unparsedSentences; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getRejectStage() { return rejectStage; }
  public void setRejectStage(String rejectStage) { this.rejectStage = rejectStage; }
  public String getRejectCode() { return rejectCode; }
  public void setRejectCode(String rejectCode) { this.rejectCode = rejectCode; }
  public String getRejectReason() { return rejectReason; }
  public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
}
