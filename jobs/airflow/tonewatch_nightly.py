"""tonewatch's nightly run as an Airflow DAG.

Every night at 02:15 (in Airflow's [core] default_timezone, UTC unless set), the one task submits the nightly job to
the Spark cluster the way jobs/spark-submit.sh does: the cluster jar, CoreNLP's two model jars through --jars, a 4g
driver, 6g executors with 1g overhead, and the job's --input, --warehouse and --config options.

Install, on a machine that runs Airflow 3 with apache-airflow-providers-apache-spark (jobs/airflow/requirements.in):

1. Build the cluster jar where the Airflow workers see it (`mvn package` in the project folder). The build also
   leaves the model jars in the local Maven repository.
2. Copy or symlink this file into Airflow's dags folder:
       ln -s /opt/tonewatch/jobs/airflow/tonewatch_nightly.py "$AIRFLOW_HOME/dags/"
3. Set the Airflow Variables that differ from the defaults (UI, `airflow variables set KEY VALUE`, or the
   environment variable AIRFLOW_VAR_<KEY in capitals>):
       tonewatch_project         project folder, holding target/ and jobs/conf/      [/opt/tonewatch]
       tonewatch_input           input folder                                        [/data/news/incoming]
       tonewatch_warehouse       warehouse folder, at the same path on every node    [/data/news/warehouse]
       tonewatch_model_jars      the two model jars, comma-separated as --jars       [in ~/.m2/repository]
                                 takes them: paths (uploaded at each run, about 900 MB), hdfs:// or
                                 s3a:// URIs of copies put there once, or local:/path when every node has them
       tonewatch_executor_cores  cores per executor                                  [4]
       tonewatch_total_cores     cores of the whole job (standalone clusters)        [16]
       tonewatch_spark_conn_id   the Spark connection to submit through              [spark_default]
4. Define that connection with the cluster's master URL, for example for a standalone cluster:
       airflow connections add spark_default --conn-type spark --conn-host spark://master --conn-port 7077
   or AIRFLOW_CONN_SPARK_DEFAULT='spark://master:7077'. Without it the operator submits to master "yarn".
   spark-submit must be on the PATH of the Airflow workers (the provider refuses a spark-home extra).

A failed or timed-out run publishes nothing readers see, so it is retried; one run at a time, because two runs that
overlap on a warehouse each publish a version without the other's articles. Do not also run jobs/nightly.sh from
cron on the same warehouse: its lock and this DAG's single active run do not know about each other.
"""

import os
from datetime import datetime, timedelta

from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sdk import DAG, Variable

# Where `mvn package` leaves the model jars, for the user Airflow runs as; the default of tonewatch_model_jars.
MAVEN_MODELS = os.path.expanduser("~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10")


def variable(key: str, default: str) -> str:
    """The Variable as a template: read when the task runs, not each time the file is parsed."""
    return "{{ var.value.get(%r, %r) }}" % (key, default)


PROJECT = variable("tonewatch_project", "/opt/tonewatch")

with DAG(
    dag_id="tonewatch_nightly",
    description="Annotates the day's news articles with CoreNLP and publishes the tonewatch tables",
    schedule="15 2 * * *",
    start_date=datetime(2026, 11, 1),
    catchup=False,
    max_active_runs=1,
    tags=["tonewatch"],
):
    SparkSubmitOperator(
        task_id="nightly_job",
        # conn_id is not a templated field, so this one Variable is read when the file is parsed.
        conn_id=Variable.get("tonewatch_spark_conn_id", default="spark_default"),
        name="tonewatch-nightly",
        application=PROJECT + "/target/tonewatch-0.1.0-cluster.jar",
        java_class="org.tonewatch.nightly.NightlyJob",
        jars=variable("tonewatch_model_jars", ",".join(f"{MAVEN_MODELS}/stanford-corenlp-4.5.10-{name}.jar"
                                                       for name in ("models", "models-english"))),
        driver_memory="4g",
        executor_memory="6g",
        conf={
            "spark.executor.memoryOverhead": "1g",
            # What --executor-cores and --total-executor-cores set; as conf they can be templated.
            "spark.executor.cores": variable("tonewatch_executor_cores", "4"),
            "spark.cores.max": variable("tonewatch_total_cores", "16"),
        },
        application_args=[
            "--input", variable("tonewatch_input", "/data/news/incoming"),
            "--warehouse", variable("tonewatch_warehouse", "/data/news/warehouse"),
            "--config", PROJECT + "/jobs/conf/nightly.properties",
        ],
        retries=2,
        retry_delay=timedelta(minutes=15),
        # A night takes minutes, but a changed setting re-annotates the whole archive; the bound is for a stuck run.
        execution_timeout=timedelta(hours=4),
    )
