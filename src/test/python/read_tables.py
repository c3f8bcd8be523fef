"""Reads a warehouse's tables as an analyst's notebook would, knowing nothing about how the job publishes them, and
prints one line per read: the reader, the table, its row count and a digest of its rows (order-independent).

  read_tables.py WAREHOUSE               one read of each table with each reader
  read_tables.py WAREHOUSE --until FILE  reads in a loop until FILE exists; a read that fails prints an error line

The readers: pyarrow.dataset (Hive partitions) for sentences, pandas (pyarrow engine) for articles, DuckDB for
tone_by_year. The test compares every line read during a run with the lines of the old and the new tables.
"""
import argparse
import hashlib
import os
import sys
import time

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds


def digest(rows):
    """Row count and a SHA-256 over the sorted rows, so that file order and row order do not matter."""
    lines = sorted(repr(tuple(row)) for row in rows)
    return f"rows={len(lines)} digest={hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}"


def sentences_with_pyarrow(warehouse):
    columns = ["article_id", "sentence_index", "text", "tone", "sentiment", "year"]
    table = ds.dataset(os.path.join(warehouse, "sentences"), format="parquet", partitioning="hive").to_table(columns=columns)
    return digest(zip(*(table.column(c).to_pylist() for c in columns)))


def articles_with_pandas(warehouse):
    frame = pd.read_parquet(os.path.join(warehouse, "articles"), columns=["article_id", "status", "sentences", "cluster_size"],
                            partitioning=ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive"))
    return digest(frame.itertuples(index=False, name=None))


def tone_by_year_with_duckdb(warehouse):
    path = os.path.join(warehouse, "tone_by_year", "*.parquet")
    return digest(duckdb.sql(f"SELECT year, sentences, tone_sentences, mean_tone FROM read_parquet('{path}')").fetchall())


READERS = [("pyarrow", "sentences", sentences_with_pyarrow), ("pandas", "articles", articles_with_pandas),
           ("duckdb", "tone_by_year", tone_by_year_with_duckdb)]


def read_once(warehouse):
    for reader, table, read in READERS:
        try:
            print(f"{reader} {table} {read(warehouse)}", flush=True)
        except Exception as e:  # a read that fails is reported, not fatal: the test counts them
            print(f"error {reader} {table} {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warehouse")
    parser.add_argument("--until", metavar="FILE", help="read in a loop until FILE exists")
    args = parser.parse_args()
    if args.until is None:
        read_once(args.warehouse)
        return 0
    while not os.path.exists(args.until):
        read_once(args.warehouse)
        time.sleep(0.05)
    read_once(args.warehouse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
