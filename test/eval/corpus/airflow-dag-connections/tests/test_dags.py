from airflow.models import DagBag


def test_dags_load():
    bag = DagBag(dag_folder="dags", include_examples=False)
    assert not bag.import_errors
