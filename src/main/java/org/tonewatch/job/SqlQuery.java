package org.tonewatch.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tonewatch.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Spark SQL over the warehouse without a notebook: every table folder becomes a view of its name, and the query's
 * result is printed as a table or written as CSV.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, version = "tonewatch 0.1.0",
    description = {"Runs a Spark SQL query over the warehouse tables (each one a view of its name: articles, sentences,",
        "tone_by_year, ...) and prints the result, or writes it as CSV with --csv.",
        "Example: jobs/sql.sh \"SELECT year, mean_tone, tone_sentences FROM tone_by_year ORDER BY year\""})
public final class SqlQuery implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", description = "the query, in Spark SQL")
  String query;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse (default: ${DEFAULT-VALUE})")
  Path warehouse = Path.of("warehouse");

  @Option(names = "--csv", paramLabel = "FILE", description = "write the whole result to FILE as CSV with a header instead of printing it")
  Path csv;

  @Option(names = "--rows", paramLabel = "N", description = "rows to print (default: ${DEFAULT-VALUE})")
  int rows = 50;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SqlQuery()).execute(args));
  }

  @Override
  public Integer call() {
    List<Path> tables;
    try {
      tables = tables(warehouse);
    } catch (UsageException e) {
      System.err.println("sql: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("tonewatch-sql").master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    try {
      return run(spark, tables, query, csv, rows);
    } finally {
      spark.stop();
    }
  }

  /** Registers {@code tables} as views and runs {@code query}: exit code 0, or 2 when Spark rejects the query. */
  static int run(SparkSession spark, List<Path> tables, String query, Path csv, int rows) {
    for (Path table : tables) {
      spark.read().parquet(table.toString()).createOrReplaceTempView(table.getFileName().toString());
    }
    Dataset<Row> result;
    try {
      result = spark.sql(query);
    } catch (Exception e) {
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      System.err.println("sql: " + e.getMessage().lines().findFirst().orElse("") + " (tables: "
          + String.join(", ", tables.stream().map(t -> t.getFileName().toString()).toList()) + ")");
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

  /** The table folders of {@code warehouse}, sorted. */
  static List<Path> tables(Path warehouse) {
    if (!Files.isDirectory(warehouse)) {
      throw new UsageException("no warehouse at " + warehouse + " (run jobs/run-local.sh, or set --warehouse)");
    }
    try (Stream<Path> folders = Files.list(warehouse)) {
      List<Path> tables = folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().matches("[._].*")).sorted().toList();
      if (tables.isEmpty()) {
        throw new UsageException(warehouse + " holds no tables");
      }
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
