"""The tonewatch warehouse seen from a notebook: where it is, its tables as DuckDB views, and the charts' style.

The nightly job writes one Delta Lake table per table under the warehouse folder; ``articles`` and ``sentences`` are
partitioned by ``year`` (null for articles without a known year). A Delta table must be read with a Delta reader: its
folder also holds the files of older versions, which a plain Parquet reader would count twice. Each completed run's
row of ``runs`` records the version of every table it left (``table_versions``); ``connect`` reads every table at the
versions of one run, the latest completed one or ``as_of`` a run id, so a notebook sees one night's tables together
even while the next night commits.
"""

import os
import pathlib

import duckdb
from deltalake import DeltaTable

NOTEBOOKS = pathlib.Path(__file__).resolve().parent

# A point of a trend chart with fewer sentences than this is marked as thin, not hidden.
MIN_SENTENCES = 30


def warehouse_path(given=None):
    """The warehouse folder: ``given``, else $TONEWATCH_WAREHOUSE, else the job's default ``warehouse/``."""
    path = given or os.environ.get("TONEWATCH_WAREHOUSE") or NOTEBOOKS.parent / "warehouse"
    path = pathlib.Path(path).resolve()
    if not (path / "runs" / "_delta_log").is_dir():
        raise FileNotFoundError(
            f"no tonewatch warehouse at {path} (run jobs/run-local.sh, or set TONEWATCH_WAREHOUSE)")
    return path


def reports_path(given=None):
    """Where charts go: ``given``, else $TONEWATCH_REPORTS, else ``reports/``; created if missing."""
    path = pathlib.Path(given or os.environ.get("TONEWATCH_REPORTS") or NOTEBOOKS.parent / "reports").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


# Tables the job keeps for itself (the copy detector's index, the per-article sums of the aggregates), not views of a
# notebook.
INTERNAL = ("copy_index", "article_tone", "article_leader_tone")


def snapshot(warehouse, as_of=None):
    """``(run_id, {table: version})`` of the latest completed run of ``warehouse``, or of run ``as_of``.

    ``as_of`` defaults to $TONEWATCH_AS_OF when it is set. Raises LookupError naming the known runs when there is no
    such run.
    """
    as_of = as_of or os.environ.get("TONEWATCH_AS_OF") or None
    runs_table = DeltaTable(str(pathlib.Path(warehouse) / "runs"))
    rows = sorted(runs_table.to_pyarrow_table(columns=["run_id", "table_versions"]).to_pylist(), key=lambda r: r["run_id"])
    chosen = [r for r in rows if as_of is None or r["run_id"] == as_of]
    if not chosen:
        known = ", ".join(r["run_id"] for r in rows[-5:]) or "none"
        raise LookupError(f"no completed run {as_of} in {warehouse} (the latest: {known})")
    run = chosen[-1]
    # runs itself is read at the version just read, and its view keeps the rows up to the chosen run.
    return run["run_id"], {**dict(run["table_versions"]), "runs": runs_table.version()}


def read(warehouse, table, as_of=None):
    """One table of one run (the latest completed, or ``as_of``) as a pyarrow dataset, for pandas or pyarrow."""
    _, versions = snapshot(warehouse, as_of)
    return DeltaTable(str(pathlib.Path(warehouse) / table), version=versions[table]).to_pyarrow_dataset()


def connect(warehouse, as_of=None):
    """An in-memory DuckDB connection with one view per table of one run of ``warehouse``.

    The run is the latest completed one, or ``as_of`` (a run id; default $TONEWATCH_AS_OF). Each view reads its table
    at the Delta version that run recorded, so the views hold one night's tables together and keep doing so while
    later nights commit. ``runs`` holds that run and those before it. The run id is in the one-row view ``run``.
    """
    run_id, versions = snapshot(warehouse, as_of)
    con = duckdb.connect()
    for table, version in sorted(versions.items()):
        if table in INTERNAL:
            continue
        dataset = DeltaTable(str(pathlib.Path(warehouse) / table), version=version).to_pyarrow_dataset()
        con.register(f"_delta_{table}", dataset)
        where = f" WHERE run_id <= '{run_id}'" if table == "runs" else ""
        con.sql(f'CREATE VIEW "{table}" AS SELECT * FROM "_delta_{table}"{where}')
    con.sql(f"CREATE VIEW run AS SELECT '{run_id}' AS run_id")
    return con


def tables(con):
    """The names of the table views ``connect`` made."""
    return [row[0] for row in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
            if not row[0].startswith("_delta_") and row[0] != "run"]


def scalar(con, query):
    """The first value of the first row of ``query``."""
    return con.sql(query).fetchall()[0][0]


def corpus_name(con):
    """The input folder of the latest run, for chart titles."""
    if "runs" not in tables(con):
        return "unknown corpus"
    rows = con.sql("SELECT input FROM runs ORDER BY finished_at DESC LIMIT 1").fetchall()
    if not rows:
        return "unknown corpus"
    path = pathlib.Path(rows[0][0])
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def save(figure, reports, name):
    """Writes ``figure`` as ``name``.png and ``name``.svg under ``reports``; returns the two paths."""
    png, svg = reports / f"{name}.png", reports / f"{name}.svg"
    figure.savefig(png, dpi=150, bbox_inches="tight")
    figure.savefig(svg, bbox_inches="tight")
    return png, svg


ADJUSTMENT_NOTE = ("solid, band and bars: mean tone corrected for the tone model's error rates measured on labelled "
                   "sentences (adjusted classify and count), with a 95% interval that covers those errors too; "
                   "dashed: the raw mean of the model's tones")


def columns_of(points, adjusted=True):
    """The mean and interval columns a chart draws: the adjusted ones when the table has them filled, else the raw."""
    if adjusted and "adj_mean_tone" in points and points["adj_mean_tone"].notna().any():
        return "adj_mean_tone", "adj_ci_low", "adj_ci_high"
    return "mean_tone", "tone_ci_low", "tone_ci_high"


def trend(ax, points, label=None, color="C0", adjusted=True):
    """Draws one tone trend on ``ax``: mean tone by year, its 95% interval, and the number of sentences per point.

    ``points`` has the columns of the ``tone_by_year`` table. The mean drawn is the adjusted one (``adj_mean_tone``,
    corrected for the tone model's known errors, see ADJUSTMENT_NOTE) with its interval, and the raw mean of the
    model's tones lightly beside it, dashed, so that the correction shows; a table without adjusted figures (a tone
    model without measured error rates), or ``adjusted=False``, draws the raw mean and its interval alone. The
    interval is a band between neighbouring years and a bar at each year (so a year alone still shows it); a year
    with a single article has none (the table leaves it null). The line breaks over years with no articles rather
    than bridging them. Years with fewer than MIN_SENTENCES tone sentences are drawn hollow with their count in
    grey; such a year before the first or after the last year with MIN_SENTENCES is not drawn, and a note on the
    chart names it.
    """
    import pandas as pd

    mean, low, high = columns_of(points, adjusted)
    points = points.dropna(subset=[mean]).sort_values("year")
    if points.empty:
        return
    # A thin year outside the span of the well-filled ones (one misdated article in 2010 before a corpus that starts
    # in 2012) would stretch the axis and read as a finding: it is left out and named in a note on the chart instead.
    full = points.loc[points["tone_sentences"] >= MIN_SENTENCES, "year"]
    if not full.empty:
        outside = points[(points["year"] < full.min()) | (points["year"] > full.max())]
        if not outside.empty:
            ax.text(0.99, 0.97, "not drawn: " + ", ".join(f"{int(y)} ({n} sentence{'s' if n != 1 else ''})"
                                                         for y, n in zip(outside["year"], outside["tone_sentences"])),
                    transform=ax.transAxes, ha="right", va="top", fontsize=7, color="grey")
            points = points.drop(outside.index)
    years = points["year"].astype(int)
    every = pd.DataFrame({"year": range(years.min(), years.max() + 1)}).merge(points.assign(year=years), how="left")
    ax.fill_between(every["year"], every[low].astype(float), every[high].astype(float),
                    color=color, alpha=0.15, linewidth=0)
    if mean != "mean_tone":
        ax.plot(every["year"], every["mean_tone"], color=color, alpha=0.5, linewidth=1, linestyle="--", marker=".",
                markersize=4, label=None if label is None else f"{label} (raw)")
    ax.plot(every["year"], every[mean], color=color, linewidth=1.5, label=label)
    ranged = points.dropna(subset=[low, high])
    ax.errorbar(ranged["year"].astype(int), ranged[mean],
                yerr=[ranged[mean] - ranged[low], ranged[high] - ranged[mean]],
                fmt="none", ecolor=color, alpha=0.45, capsize=3, linewidth=1)
    thin = (points["tone_sentences"] < MIN_SENTENCES).to_numpy()
    means = points[mean].to_numpy()
    ax.scatter(years[~thin], means[~thin], color=color, zorder=3, s=28)
    ax.scatter(years[thin], means[thin], facecolors="white", edgecolors=color, zorder=3, s=28)
    for year, value, n, few in zip(years, means, points["tone_sentences"], thin):
        ax.annotate(f"{n}", (year, value), textcoords="offset points", xytext=(6, 4), ha="left",
                    fontsize=7, color="grey" if few else "black")


def tone_axes(ax, title=None):
    """The shared look of tone charts: years as integers, tone on [-1, 1], a zero line, labelled axes."""
    from matplotlib.ticker import MaxNLocator

    ax.set_ylim(-1.05, 1.05)
    ax.axhline(0, color="grey", linewidth=0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    ax.set_xlabel("year of publication")
    ax.set_ylabel("mean tone toward Russia\n(-1 unfavourable, +1 favourable)")
    ax.grid(axis="y", color="0.9")
    if title:
        ax.set_title(title, fontsize=10)
