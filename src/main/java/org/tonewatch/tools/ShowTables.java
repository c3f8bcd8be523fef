package org.tonewatch.tools;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import org.tonewatch.nightly.NightlyJob;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Tables;
import org.tonewatch.publish.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** Prints the schema, row count and first rows of the tables of one completed run, as Spark shows them. */
@Command(name = "show-tables", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = "Prints each table's schema, row count and first rows, as the latest completed run (or --as-of RUN_ID) left them.")
public final class ShowTables implements Callable<Integer> {
  static final List<String> ALL = List.of(Tables.ARTICLES, Tables.SENTENCES, Tables.REJECTS, Tables.TONE_BY_YEAR,
      Tables.TONE_BY_LEADER, Tables.TONE_BY_OUTLET, Tables.TONE_BY_YEAR_OUTLET, Tables.TONE_BY_YEAR_LEADER, Tables.TONE_BY_OUTLET_GROUP, Tables.RUNS);

  @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "the warehouse: a folder, hdfs://... or s3a://...")
  String warehouse;

  @Option(names = "--as-of", paramLabel = "RUN_ID", description = "the tables as run RUN_ID left them (default: the latest completed run)")
  String asOf;

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
      Snapshot night = Snapshot.chosen(new Warehouse(spark, warehouse), asOf);
      System.out.println("== run " + night.runId() + ": " + night.versions());
      for (String table : tables) {
        Dataset<Row> rowsOf = night.read(table);
        if (columns != null) {
          rowsOf = rowsOf.selectExpr(columns.toArray(String[]::new));
        }
        System.out.println("== " + table + " (" + rowsOf.count() + " rows)");
        rowsOf.printSchema();
        rowsOf.show(rows, width);
      }
      return 0;
    } catch (UsageException e) {
      System.err.println("show-tables: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }
}
