package org.tonewatch.job;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.publish.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the schema, row count and first rows of warehouse tables, as Spark shows them. */
@Command(name = "show-tables", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Prints each table's schema, row count and first rows.")
public final class ShowTables implements Callable<Integer> {
  static final List<String> ALL = List.of(Tables.ARTICLES, Tables.SENTENCES, Tables.REJECTS, Tables.TONE_BY_YEAR,
      Tables.TONE_BY_LEADER, Tables.TONE_BY_OUTLET, Tables.TONE_BY_YEAR_OUTLET, Tables.TONE_BY_YEAR_LEADER, Tables.TONE_BY_OUTLET_GROUP, Tables.RUNS);

  @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "the warehouse folder")
  String warehouse;

  @Option(names = "--rows", paramLabel = "N", description = "rows to show per table (default: ${DEFAULT-VALUE})")
  int rows = 5;

  @Option(names = "--columns", paramLabel = "A,B", split = ",(?![^(]*\\))", splitSynopsisLabel = ",", description = "only these columns or SQL expressions")
  List<String> columns;

  @Option(names = "--width", paramLabel = "N", description = "cut values longer than this (default: ${DEFAULT-VALUE})")
  int width = 40;

  @Parameters(paramLabel = "TABLE", description = "tables to show (default: all)")
  List<String> tables = ALL;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ShowTables()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark = NightlyJob.session("tonewatch-show");
    try {
      for (String table : tables) {
        Dataset<Row> rowsOf = spark.read().parquet(warehouse + "/" + table);
        if (columns != null) {
          rowsOf = rowsOf.selectExpr(columns.toArray(String[]::new));
        }
        System.out.println("== " + table + " (" + rowsOf.count() + " rows)");
        rowsOf.printSchema();
        rowsOf.show(rows, width);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
