package org.tonewatch.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.tonewatch.ingest.Article;

/** An article and its sentences, as the annotate stage emits them; the job splits it into two tables. */
public class AnnotatedArticle implements Serializable {
  public static final Encoder<AnnotatedArticle> ENCODER = Encoders.bean(AnnotatedArticle.class);

  private Article article;
  private List<Sentence> sentences = new ArrayList<>();

  public AnnotatedArticle() {}

  public AnnotatedArticle(Article article, List<Sentence> sentences) {
    this.article = article;
    this.sentences = sentences;
  }

  public Article getArticle() { return article; }
  public void setArticle(Article article) { this.article = article; }
  public List<Sentence> getSentences() { return sentences; }
  public void setSentences(List<Sentence> sentences) { this.sentences = sentences; }
}
