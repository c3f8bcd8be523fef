"""Executes the notebooks top to bottom, headless, against one warehouse, and keeps the executed copies.

    python run_notebooks.py --warehouse DIR [--as-of RUN_ID] --out DIR [NOTEBOOK ...]

Each notebook runs with TONEWATCH_WAREHOUSE set to the warehouse, TONEWATCH_AS_OF to the run (when given) and
TONEWATCH_REPORTS to OUT/charts; the executed
notebook (with its outputs) is written to OUT/<name>.ipynb. An error in any cell stops that notebook, prints the
cell's error and makes the exit code 1; the other notebooks still run.
"""

import argparse
import os
import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = pathlib.Path(__file__).resolve().parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", required=True, help="the warehouse folder the nightly job wrote")
    parser.add_argument("--as-of", metavar="RUN_ID", help="read the tables as this run left them (default: the latest completed run)")
    parser.add_argument("--out", required=True, help="where the executed notebooks and the charts go")
    parser.add_argument("--timeout", type=int, default=600, help="seconds a cell may take (default: %(default)s)")
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: every .ipynb beside this script)")
    args = parser.parse_args(argv)

    warehouse = pathlib.Path(args.warehouse).resolve()
    if not (warehouse / "runs" / "_delta_log").is_dir():
        print(f"run_notebooks: no warehouse at {warehouse} (run jobs/run-local.sh first)", file=sys.stderr)
        return 2
    out = pathlib.Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["TONEWATCH_WAREHOUSE"] = str(warehouse)
    os.environ["TONEWATCH_REPORTS"] = str(out / "charts")
    if args.as_of:
        os.environ["TONEWATCH_AS_OF"] = args.as_of

    paths = [pathlib.Path(p).resolve() for p in args.notebooks] or sorted(HERE.glob("*.ipynb"))
    failed = 0
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=args.timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(HERE)}})
        print(f"[notebooks] {path.name} ...", flush=True)
        try:
            client.execute()
            print(f"[notebooks] {path.name} ran top to bottom", flush=True)
        except CellExecutionError as error:
            failed += 1
            print(f"[notebooks] {path.name} FAILED:\n{error}", file=sys.stderr, flush=True)
        finally:
            nbformat.write(notebook, out / path.name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
