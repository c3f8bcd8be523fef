package org.tonewatch.annotate;

import java.io.Serializable;
import java.util.List;

/** An element of {@code sentences.mentions}: a mention of Russia with its character offsets and its own tone and its evidence. */
public class Mention implements Serializable {
  private String text;
  private String kind;
  private int begin;
  private int end;
  private Integer tone;
  private Double score;
  private List<String> evidence;

  public Mention() {}

  public Mention(String text, String kind, int begin, int end, Integer tone, Double score, List<String> evidence) {
    this.text = text;
    this.kind = kind;
    this.begin = begin;
    this.end = end;
    this.tone = tone;
    this.score = score;
    this.evidence = evidence;
  }

  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public int getBegin() { return begin; }
  public void setBegin(int begin) { this.begin = begin; }
  public int getEnd() { return end; }
  public void setEnd(int end) { this.end = end; }
  public Integer getTone() { return tone; }
  public void setTone(Integer tone) { this.tone = tone; }
  public Double getScore() { return score; }
  public void setScore(Double score) { this.score = score; }
  public List<String> getEvidence() { return evidence; }
  public void setEvidence(List<String> evidence) { this.evidence = evidence; }
}
