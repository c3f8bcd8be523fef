package org.tonewatch.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.Mention;
import org.tonewatch.annotate.Sentence;
import org.tonewatch.testing.SharedSpark;

class TablesTest {
  @Test
  void aSentencesTableWrittenBeforeMentionsHadEvidenceStillReads() {
    SparkSession spark = SharedSpark.session();
    StructType before = new StructType()
        .add("text", DataTypes.StringType).add("kind", DataTypes.StringType)
        .add("begin", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
        .add("tone", DataTypes.IntegerType).add("score", DataTypes.DoubleType);
    StructType schema = new StructType()
        .add("article_id", DataTypes.StringType)
        .add("sentence_index", DataTypes.IntegerType)
        .add("mentions", DataTypes.createArrayType(before));
    Dataset<Row> old = spark.createDataFrame(List.of(
        RowFactory.create("a", 3, List.of(RowFactory.create("Russia", "country", 10, 16, -1, -0.4)))), schema);

    Sentence read = Tables.sentenceBeans(old).collectAsList().get(0);

    assertEquals("a", read.getArticleId());
    Mention mention = read.getMentions().get(0);
    assertEquals("Russia", mention.getText());
    assertEquals(-1, mention.getTone());
    assertEquals(-0.4, mention.getScore(), 1e-12);
    assertNull(mention.getEvidence(), "unknown for a sentence annotated before evidence existed");
  }
}
