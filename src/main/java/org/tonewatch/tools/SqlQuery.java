package org.tonewatch.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Spark SQL over the warehouse without a notebook: every table of one completed night (the latest, or
 * {@code --as-of} a run id) becomes a view of its name, and the query's result is printed as a table or written as CSV.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Runs a Spark SQL query over the warehouse tables of one completed run (each one a view of its name:",
        "articles, sentences, tone_by_year, runs, ...) and prints the result, or writes it as CSV with --csv.",
        "Example: jobs/sql.sh \"SELECT year, mean_tone, tone_sentences FROM tone_by_year ORDER BY year\""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the query failed while it ran", "2:bad options, no such warehouse or run, or a query Spark rejects"})
public final class SqlQuery implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", description = "the query, in Spark SQL")
  String query;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse: a folder, hdfs://... or s3a://... (default: ${DEFAULT-VALUE})")
  String warehouse = "warehouse";

  @Option(names = "--as-of", paramLabel = "RUN_ID", description = "read the tables as run RUN_ID left them (default: the latest completed run)")
  String asOf;

  @Option(names = "--csv", paramLabel = "FILE", description = "write the whole result to FILE as CSV with a header instead of printing it")
  Path csv;

  @Option(names = "--rows", paramLabel = "N", description = "rows to print (default: ${DEFAULT-VALUE})")
  int rows = 50;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SqlQuery()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark = Warehouse.withDelta(SparkSession.builder()).appName("tonewatch-sql").master("local[2]")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      return run(Snapshot.chosen(new Warehouse(spark, warehouse), asOf), query, csv, rows);
    } catch (UsageException e) {
      System.err.println("sql: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /** Registers the tables of {@code night} as views and runs {@code query}: exit code 0, or 2 when Spark rejects it. */
  static int run(Snapshot night, String query, Path csv, int rows) {
    SparkSession spark = SparkSession.active();
    for (String table : night.tables()) {
      night.read(table).createOrReplaceTempView(table);
    }
    Dataset<Row> result;
    try {
      result = spark.sql(query);
    } catch (Exception e) {
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      System.err.println("sql: " + e.getMessage().lines().findFirst().orElse("") + " (tables of run " + night.runId() + ": "
          + String.join(", ", night.tables()) + ")");
      return 2;
    }
    if (csv == null) {
      result.show(rows, 0, false);
    } else {
      long written = writeCsv(result, csv);
      System.err.println("sql: " + written + " rows written to " + csv);
    }
    return 0;
  }

  private static long writeCsv(Dataset<Row> result, Path file) {
    String[] header = result.columns();
    long count = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).build().print(out)) {
      var rows = result.toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        List<Object> values = new ArrayList<>(header.length);
        for (int i = 0; i < header.length; i++) {
          Object value = row.get(i);
          values.add(value instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toString() : value);
        }
        printer.printRecord(values);
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return count;
  }
}
