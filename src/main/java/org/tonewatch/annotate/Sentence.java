package org.tonewatch.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * A row of the {@code sentences} table. Offsets are into the article's text. {@code sentiment},
 * {@code sentimentProbs} and {@code sentimentScore} are null when the sentence was not parsed ({@code parseStatus}
 * other than {@code ok}); {@code tone} and {@code toneScore} are null when no Russia mention was found or when the
 * sentence was not parsed. {@code repeatOf} marks a sentence that repeats an earlier one of its article word for word
 * (a pull quote, a live blog's summary printed again); the aggregates count only the first.
 */
public class Sentence implements Serializable {
  public static final Encoder<Sentence> ENCODER = Encoders.bean(Sentence.class);

  private String articleId;
  private int sentenceIndex;
  private String text;
  private int charBegin;
  private int charEnd;
  private int tokens;
  private String parseStatus;
  private Integer repeatOf;
  private Integer sentiment;
  private String sentimentLabel;
  private List<Double> sentimentProbs;
  private Double sentimentScore;
  private boolean russiaMentioned;
  private List<Mention> mentions = new ArrayList<>();
  private Integer tone;
  private Double toneScore;
  private String toneModel;
  private List<String> leaders = new ArrayList<>();
  private List<String> eraLeaders = new ArrayList<>();
  private Integer year;
  private String outlet;
  private String originalOutlet;

  public Sentence() {}

  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
  /** The index of an earlier sentence of the same article with the same words, or null: a repeat is not counted twice. */
  public Integer getRepeatOf() { return repeatOf; }
  public void setRepeatOf(Integer repeatOf) { this.repeatOf = repeatOf; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public int getCharBegin() { return charBegin; }
  public void setCharBegin(int charBegin) { this.charBegin = charBegin; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int charEnd) { this.charEnd = charEnd; }
  public int getTokens() { return tokens; }
  public void setTokens(int tokens) { this.tokens = tokens; }
  public String getParseStatus() { return parseStatus; }
  public void setParseStatus(String parseStatus) { this.parseStatus = parseStatus; }
  public Integer getSentiment() { return sentiment; }
  public void setSentiment(Integer sentiment) { this.sentiment = sentiment; }
  public String getSentimentLabel() { return sentimentLabel; }
  public void setSentimentLabel(String sentimentLabel) { this.sentimentLabel = sentimentLabel; }
  public List<Double> getSentimentProbs() { return sentimentProbs; }
  public void setSentimentProbs(List<Double> sentimentProbs) { this.sentimentProbs = sentimentProbs; }
  public Double getSentimentScore() { return sentimentScore; }
  public void setSentimentScore(Double sentimentScore) { this.sentimentScore = sentimentScore; }
  public boolean isRussiaMentioned() { return russiaMentioned; }
  public void setRussiaMentioned(boolean russiaMentioned) { this.russiaMentioned = russiaMentioned; }
  public List<Mention> getMentions() { return mentions; }
  public void setMentions(List<Mention> mentions) { this.mentions = mentions; }
  public Integer getTone() { return tone; }
  public void setTone(Integer tone) { this.tone = tone; }
  public Double getToneScore() { return toneScore; }
  public void setToneScore(Double toneScore) { this.toneScore = toneScore; }
  public String getToneModel() { return toneModel; }
  public void setToneModel(String toneModel) { this.toneModel = toneModel; }
  public List<String> getLeaders() { return leaders; }
  public void setLeaders(List<String> leaders) { this.leaders = leaders; }
  public List<String> getEraLeaders() { return eraLeaders; }
  public void setEraLeaders(List<String> eraLeaders) { this.eraLeaders = eraLeaders; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public String getOriginalOutlet() { return originalOutlet; }
  public void setOriginalOutlet(String originalOutlet) { this.originalOutlet = originalOutlet; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
}
