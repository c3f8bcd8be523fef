package org.tonewatch.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple5;

/**
 * The adjusted shares and interval of a group ({@link AdjustedTone}) as a Spark aggregate function over its per-article
 * sums. Its input is {@code (key, article_id, negative, neutral, positive)}; its buffer keeps the group's sums
 * ({@link AdjustedTone.Moments}) and, while the group has at most {@link AdjustedTone#ARTICLES_DRAWN_ONE_BY_ONE}
 * articles with a tone, their counts one by one. Past that it keeps the sums alone, so that what a group moves between
 * Spark's tasks, and what its draws cost, no longer grows with its articles.
 */
final class AdjustedToneOfGroup extends Aggregator<Tuple5<String, String, Long, Long, Long>, AdjustedToneOfGroup.Group,
    AdjustedToneOfGroup.Columns> {
  private final AdjustedTone adjustment;
  private final int articlesOneByOne;

  /**
   * @param adjustment the correction; null leaves every group's columns null
   * @param articlesOneByOne the most articles with a tone of a group drawn one by one
   */
  AdjustedToneOfGroup(AdjustedTone adjustment, int articlesOneByOne) {
    this.adjustment = adjustment;
    this.articlesOneByOne = articlesOneByOne;
  }

  /** The input's encoder. */
  static Encoder<Tuple5<String, String, Long, Long, Long>> input() {
    return Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.LONG(), Encoders.LONG(), Encoders.LONG());
  }

  /** A group, or part of it: its key, its sums, and its articles' counts while they are few enough (else null). */
  public static final class Group implements Serializable {
    String key;
    final AdjustedTone.Moments moments = new AdjustedTone.Moments();
    List<AdjustedTone.ArticleCounts> articles = new ArrayList<>();
  }

  /** The adjusted columns of a group, all null when it has none (Spark's bean encoder reads them by their getters). */
  public static final class Columns implements Serializable {
    private Double shareNegative;
    private Double shareNeutral;
    private Double sharePositive;
    private Double meanTone;
    private Double ciLow;
    private Double ciHigh;

    public Columns() {}

    static Columns of(AdjustedTone.Estimate e) {
      Columns columns = new Columns();
      columns.shareNegative = e.shareNegative();
      columns.shareNeutral = e.shareNeutral();
      columns.sharePositive = e.sharePositive();
      columns.meanTone = e.meanTone();
      columns.ciLow = e.ciLow();
      columns.ciHigh = e.ciHigh();
      return columns;
    }

    public Double getShareNegative() { return shareNegative; }
    public void setShareNegative(Double value) { shareNegative = value; }
    public Double getShareNeutral() { return shareNeutral; }
    public void setShareNeutral(Double value) { shareNeutral = value; }
    public Double getSharePositive() { return sharePositive; }
    public void setSharePositive(Double value) { sharePositive = value; }
    public Double getMeanTone() { return meanTone; }
    public void setMeanTone(Double value) { meanTone = value; }
    public Double getCiLow() { return ciLow; }
    public void setCiLow(Double value) { ciLow = value; }
    public Double getCiHigh() { return ciHigh; }
    public void setCiHigh(Double value) { ciHigh = value; }
  }

  @Override
  public Group zero() {
    return new Group();
  }

  @Override
  public Group reduce(Group group, Tuple5<String, String, Long, Long, Long> row) {
    AdjustedTone.ArticleCounts article = new AdjustedTone.ArticleCounts(row._2(), row._3(), row._4(), row._5());
    if (article.total() == 0) {
      return group;
    }
    group.key = row._1();
    group.moments.add(article);
    if (group.articles != null) {
      group.articles.add(article);
      dropArticlesPastTheLimit(group);
    }
    return group;
  }

  @Override
  public Group merge(Group one, Group other) {
    one.key = one.key != null ? one.key : other.key;
    one.moments.add(other.moments);
    if (one.articles != null && other.articles != null) {
      one.articles.addAll(other.articles);
      dropArticlesPastTheLimit(one);
    } else {
      one.articles = null;
    }
    return one;
  }

  private void dropArticlesPastTheLimit(Group group) {
    if (group.articles.size() > articlesOneByOne) {
      group.articles = null;
    }
  }

  @Override
  public Columns finish(Group group) {
    if (adjustment == null || group.key == null) {
      return new Columns();
    }
    AdjustedTone.Estimate estimate = group.articles != null ? adjustment.estimate(group.articles, group.key)
        : adjustment.estimate(group.moments, group.key);
    return estimate == null ? new Columns() : Columns.of(estimate);
  }

  @Override
  public Encoder<Group> bufferEncoder() {
    return Encoders.javaSerialization(Group.class);
  }

  @Override
  public Encoder<Columns> outputEncoder() {
    return Encoders.bean(Columns.class);
  }
}
