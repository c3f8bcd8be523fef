"""Draws a reliability diagram from the table `jobs/evaluate-tone.sh --reliability-csv` writes.

Usage: reliability_diagram.py TABLE.csv OUT.png TITLE
Bars: accuracy of the examples whose top-class probability falls in each bin; the diagonal is perfect calibration;
the count of each bin is written above it.
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

table, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
bins = pd.read_csv(table)
lows = bins["confidence_bin"].str.split("-").str[0].astype(float)
centres = lows + 0.05
fig, ax = plt.subplots(figsize=(5, 5), dpi=120)
ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="perfect calibration")
filled = bins["count"] > 0
ax.bar(centres[filled], bins["accuracy"][filled], width=0.09, color="#3b6ea5", alpha=0.85, label="accuracy in bin")
ax.scatter(bins["mean_confidence"][filled], bins["accuracy"][filled], color="#c0392b", zorder=3, s=14, label="mean confidence")
for x, y, n in zip(centres[filled], bins["accuracy"][filled], bins["count"][filled]):
    ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(0, 3), ha="center", fontsize=7)
ax.set_xlim(0, 1)
ax.set_ylim(0, 1.05)
ax.set_xlabel("top-class probability")
ax.set_ylabel("share of examples whose top class is right")
ax.set_title(title, fontsize=9)
ax.legend(loc="upper left", fontsize=7)
fig.tight_layout()
fig.savefig(out)
