package org.tonewatch.ingest;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** A row of the {@code rejects} table: an input that produced no annotated article, and why. */
public class Reject implements Serializable {
  public static final Encoder<Reject> ENCODER = Encoders.bean(Reject.class);

  private String source;
  private String format;
  private String stage;
  private String code;
  private String reason;
  private String articleId;

  public Reject() {}

  public static Reject of(Article article) {
    Reject reject = new Reject();
    reject.setSource(article.getSource());
    reject.setFormat(article.getFormat());
    reject.setStage(article.getRejectStage());
    reject.setCode(article.getRejectCode());
    reject.setReason(article.getRejectReason());
    reject.setArticleId(article.getArticleId());
    return reject;
  }

  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public String getStage() { return stage; }
  public void setStage(String stage) { this.stage = stage; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
}
