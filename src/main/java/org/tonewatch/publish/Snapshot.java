package org.tonewatch.publish;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.UsageException;

/**
 * The tables of one completed night, read together: each table at the Delta version that night's {@code runs} row
 * recorded in {@code table_versions}. The latest completed night is the last row of {@code runs} (run ids sort by
 * start time); commits made after it by a night that has not completed are not seen.
 *
 * @param runId the night's run id
 * @param versions each table's version, by table name
 */
public record Snapshot(Warehouse warehouse, String runId, Map<String, Long> versions) {
  /** The column of {@code runs} that holds each table's version. */
  public static final String TABLE_VERSIONS = "table_versions";

  /** The tables of the latest completed night of {@code warehouse}, or null when no night has completed there. */
  public static Snapshot latest(Warehouse warehouse) {
    return find(warehouse, null);
  }

  /** The tables of the night {@code runId}; a usage error naming the known runs when there is no such night. */
  public static Snapshot asOf(Warehouse warehouse, String runId) {
    Snapshot found = find(warehouse, runId);
    if (found == null) {
      throw new UsageException("no completed run " + runId + " in " + warehouse.root() + " (see its runs table: "
          + "jobs/sql.sh \"SELECT run_id, finished_at FROM runs ORDER BY run_id\")");
    }
    return found;
  }

  /** {@link #asOf} when {@code runId} is given, else {@link #latest}; a usage error when nothing is there. */
  public static Snapshot chosen(Warehouse warehouse, String runId) {
    if (runId != null) {
      return asOf(warehouse, runId);
    }
    Snapshot latest = latest(warehouse);
    if (latest == null) {
      throw new UsageException("no completed run in " + warehouse.root() + " (run jobs/run-local.sh, or set --warehouse)");
    }
    return latest;
  }

  private static Snapshot find(Warehouse warehouse, String runId) {
    long runsVersion = warehouse.latestVersion(Tables.RUNS);
    if (runsVersion < 0) {
      return null;
    }
    Dataset<Row> runs = warehouse.read(Tables.RUNS, runsVersion).select("run_id", TABLE_VERSIONS);
    if (runId != null) {
      runs = runs.filter(col("run_id").equalTo(runId));
    }
    List<Row> last = runs.orderBy(col("run_id").desc()).limit(1).collectAsList();
    if (last.isEmpty() || last.get(0).isNullAt(1)) {
      return null;
    }
    Map<String, Long> versions = new TreeMap<>(last.get(0).<String, Long>getJavaMap(1));
    versions.put(Tables.RUNS, runsVersion);
    return new Snapshot(warehouse, last.get(0).getString(0), versions);
  }

  /** The tables this night holds, sorted. */
  public List<String> tables() {
    return List.copyOf(versions.keySet());
  }

  /** Whether this night holds {@code table}. */
  public boolean has(String table) {
    return versions.containsKey(table);
  }

  /**
   * {@code table} as this night left it; for {@code runs}, the rows of this night and those before. A usage error
   * when the night holds no such table.
   */
  public Dataset<Row> read(String table) {
    Long version = versions.get(table);
    if (version == null) {
      throw new UsageException("run " + runId + " has no table " + table + " (it has " + String.join(", ", tables()) + ")");
    }
    Dataset<Row> rows = warehouse.read(table, version);
    return table.equals(Tables.RUNS) ? rows.filter(col("run_id").leq(runId)) : rows;
  }
}
