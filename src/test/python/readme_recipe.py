"""The README's pandas and pyarrow recipe for the year-partitioned tables, run as written; prints rows and years.

Usage: readme_recipe.py WAREHOUSE
"""
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

warehouse = sys.argv[1]
# The recipe, as in the README's *Tables*:
partitioning = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")
articles = pd.read_parquet(f"{warehouse}/articles", partitioning=partitioning)
sentences = ds.dataset(f"{warehouse}/sentences", format="parquet", partitioning=partitioning).to_table()
print(f"articles={len(articles)} sentences={sentences.num_rows} years={sorted(set(articles['year'].dropna().astype(int)))} "
      f"null_years={int(articles['year'].isna().sum())}")
