"""Reads a warehouse's tables as an analyst's notebook would, through the Delta reader (delta-rs) at the versions of
the latest completed run, and prints one line per read: the reader, the table, its row count and a digest of its rows
(order-independent).

  read_tables.py WAREHOUSE               one read of each table with each reader
  read_tables.py WAREHOUSE --until FILE  reads in a loop until FILE exists; a read that fails prints an error line

The readers: a pyarrow dataset for sentences, pandas for articles, DuckDB (the notebooks' views) for tone_by_year,
all three of one run per round. The test compares every line read during a run with the lines of the old and the new
night.
"""
import argparse
import hashlib
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3] / "notebooks"))
import tonewatch_tables as tw  # noqa: E402


def digest(rows):
    """Row count and a SHA-256 over the sorted rows, so that file order and row order do not matter."""
    lines = sorted(repr(tuple(row)) for row in rows)
    return f"rows={len(lines)} digest={hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}"


def sentences_with_pyarrow(warehouse, run_id):
    columns = ["article_id", "sentence_index", "text", "tone", "sentiment", "year"]
    table = tw.read(warehouse, "sentences", as_of=run_id).to_table(columns=columns)
    return digest(zip(*(table.column(c).to_pylist() for c in columns)))


def articles_with_pandas(warehouse, run_id):
    frame = tw.read(warehouse, "articles", as_of=run_id).to_table(
        columns=["article_id", "status", "sentences", "cluster_size"]).to_pandas()
    return digest(frame.itertuples(index=False, name=None))


def tone_by_year_with_duckdb(warehouse, run_id):
    con = tw.connect(warehouse, as_of=run_id)
    return digest(con.sql("SELECT year, sentences, tone_sentences, mean_tone FROM tone_by_year").fetchall())


READERS = [("pyarrow", "sentences", sentences_with_pyarrow), ("pandas", "articles", articles_with_pandas),
           ("duckdb", "tone_by_year", tone_by_year_with_duckdb)]


def read_once(warehouse):
    try:
        run_id, _ = tw.snapshot(warehouse)
    except Exception as e:  # a read that fails is reported, not fatal: the test counts them
        print(f"error snapshot {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", flush=True)
        return
    for reader, table, read in READERS:
        try:
            print(f"{reader} {table} {read(warehouse, run_id)}", flush=True)
        except Exception as e:
            print(f"error {reader} {table} {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warehouse")
    parser.add_argument("--until", metavar="FILE", help="read in a loop until FILE exists")
    args = parser.parse_args()
    if args.until is None:
        read_once(args.warehouse)
        return 0
    while not pathlib.Path(args.until).exists():
        read_once(args.warehouse)
        time.sleep(0.05)
    read_once(args.warehouse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
