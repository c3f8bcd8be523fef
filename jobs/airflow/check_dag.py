"""Checks the tonewatch_nightly DAG as Airflow loads it, without a scheduler or a metadata database.

Run with the Python of jobs/airflow/.venv (jobs/airflow/setup.sh). Installs the DAG file as the README says, by a
symbolic link in the dags folder of a temporary AIRFLOW_HOME, and loads that folder with Airflow's DagBag. (Not
jobs/airflow itself: the DagBag would walk into .venv, and stops on its lib64 link as a "recursive loop".) Some of
the DAG's Variables and its Spark connection are set as AIRFLOW_VAR_* and AIRFLOW_CONN_* environment variables,
which Airflow reads without a database. Checks the schedule and run settings, then renders the task's templates as
a run would and builds the spark-submit command line from them.
Exit 0 with the last line `dag_check=ok tasks=1`; 1 with the problems on stderr.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

DAG_ID = "tonewatch_nightly"
SCHEDULE = "15 2 * * *"
# Values the check gives the DAG's Variables, to see that the DAG uses them.
WAREHOUSE = "/x/wh"
PROJECT = "/x/project"
CONN_ID = "tonewatch_check_spark"
MASTER = "spark://master.example:7077"
MODEL_JARS = ("stanford-corenlp-4.5.10-models.jar", "stanford-corenlp-4.5.10-models-english.jar")


def check(dag_folder: Path) -> tuple[list[str], list[str], int]:
    """Returns (problems, spark-submit command, number of tasks); exits when the folder does not import."""
    # Imported here: Airflow reads its configuration from the environment when first imported.
    from airflow.dag_processing.dagbag import DagBag
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
    from airflow.sdk.execution_time.context import VariableAccessor
    from airflow.serialization.serialized_objects import DagSerialization

    # Airflow 3.3's DagBag has no include_examples: it reads only the folder it is given.
    bag = DagBag(dag_folder=str(dag_folder))
    if bag.import_errors:
        for path, error in bag.import_errors.items():
            print(f"check_dag: {path} does not import:\n{error}", file=sys.stderr)
        sys.exit(1)
    dag = bag.dags.get(DAG_ID)
    if dag is None:
        print(f"check_dag: no DAG {DAG_ID} in {dag_folder} (found {sorted(bag.dag_ids)})", file=sys.stderr)
        sys.exit(1)

    problems = []

    def expect(ok: bool, message: str) -> None:
        if not ok:
            problems.append(message)

    # What the DAG processor stores for the scheduler; a DAG that does not serialize never runs.
    DagSerialization.to_dict(dag)
    expression = getattr(dag.timetable, "expression", None)
    expect(expression == SCHEDULE, f"schedule is {expression!r}, expected {SCHEDULE!r}")
    expect(dag.catchup is False, f"catchup is {dag.catchup}, expected False")
    expect(dag.max_active_runs == 1, f"max_active_runs is {dag.max_active_runs}, expected 1 (runs must not overlap)")
    if len(dag.tasks) != 1 or not isinstance(dag.tasks[0], SparkSubmitOperator):
        problems.append(f"expected one SparkSubmitOperator, found {[type(t).__name__ for t in dag.tasks]}")
        return problems, [], len(dag.tasks)
    task = dag.tasks[0]
    expect(task.retries > 0, f"retries is {task.retries}, expected a few (a rerun is the recovery)")
    expect(task.retry_delay.total_seconds() > 0, f"retry_delay is {task.retry_delay}, expected a delay")
    expect(task.execution_timeout is not None, "no execution_timeout")

    task.render_template_fields({"var": {"value": VariableAccessor(deserialize_json=False),
                                         "json": VariableAccessor(deserialize_json=True)}})
    expect(task.application == f"{PROJECT}/target/tonewatch-0.1.0-cluster.jar",
           f"application is {task.application!r}, expected the cluster jar under tonewatch_project={PROJECT}")
    args = task.application_args or []
    options = dict(zip(args[::2], args[1::2]))
    expect(sorted(options) == ["--config", "--input", "--warehouse"], f"application_args are {args}")
    expect(options.get("--warehouse") == WAREHOUSE, f"--warehouse is {options.get('--warehouse')!r}, "
           f"expected {WAREHOUSE!r} from AIRFLOW_VAR_TONEWATCH_WAREHOUSE")
    expect(options.get("--config") == f"{PROJECT}/jobs/conf/nightly.properties",
           f"--config is {options.get('--config')!r}, expected nightly.properties under tonewatch_project={PROJECT}")
    expect(options.get("--input") == "/data/news/incoming",
           f"--input is {options.get('--input')!r}, expected the default /data/news/incoming")
    jars = (task.jars or "").split(",")
    expect(sorted(Path(j).name for j in jars) == sorted(MODEL_JARS), f"jars are {jars}, expected the two model jars")

    # The command the operator would run; _get_hook and _build_spark_submit_command are the provider's own
    # (private) steps, stable under the pinned versions.
    command = task._get_hook()._build_spark_submit_command(task.application)
    pairs = set(zip(command, command[1:]))
    for pair in [("--master", MASTER), ("--class", "org.tonewatch.nightly.NightlyJob"), ("--driver-memory", "4g"),
                 ("--executor-memory", "6g"), ("--conf", "spark.executor.memoryOverhead=1g"),
                 ("--jars", task.jars)]:
        expect(pair in pairs, f"spark-submit command lacks {' '.join(pair)}")
    return problems, command, len(dag.tasks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dag-file", type=Path, default=Path(__file__).resolve().parent / "tonewatch_nightly.py",
                        help="the DAG file to install and check (default: tonewatch_nightly.py beside this script)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="airflow-home-") as home:
        # The caller's own Airflow settings, Variables and connections must not change the result.
        for name in [n for n in os.environ if n.startswith("AIRFLOW")]:
            del os.environ[name]
        os.environ.update({
            "AIRFLOW_HOME": home,
            "AIRFLOW__CORE__DAGS_FOLDER": str(Path(home, "dags")),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
            "AIRFLOW_VAR_TONEWATCH_WAREHOUSE": WAREHOUSE,
            "AIRFLOW_VAR_TONEWATCH_PROJECT": PROJECT,
            "AIRFLOW_VAR_TONEWATCH_SPARK_CONN_ID": CONN_ID,
            f"AIRFLOW_CONN_{CONN_ID.upper()}": MASTER,
        })
        dags = Path(home, "dags")
        dags.mkdir()
        (dags / options.dag_file.name).symlink_to(options.dag_file.resolve())
        problems, command, tasks = check(dags)

    if problems:
        for problem in problems:
            print(f"check_dag: {problem}", file=sys.stderr)
        return 1
    print("spark-submit command: " + " ".join(command))
    print(f"dag_check=ok tasks={tasks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
