package org.tonewatch.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tonewatch.publish.Snapshot;
import org.tonewatch.publish.Warehouse;

/** The tables of a warehouse as its latest completed run left them, as readers see them. */
public final class WarehouseTables {
  private WarehouseTables() {}

  /** The latest completed run of {@code warehouse} (a folder or URI); fails the test when no run has completed. */
  public static Snapshot latest(Object warehouse) {
    Snapshot last = Snapshot.latest(new Warehouse(SharedSpark.session(), warehouse.toString()));
    if (last == null) {
      throw new AssertionError("no completed run in " + warehouse);
    }
    return last;
  }

  /** {@code table} of the latest completed run of {@code warehouse}. */
  public static Dataset<Row> read(Object warehouse, String table) {
    return latest(warehouse).read(table);
  }
}
