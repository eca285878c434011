import os

import pytest
from airflow.models import DagBag


@pytest.fixture(scope="session")
def dagbag():
    os.environ["AIRFLOW_VAR_HUBSPOT_API_TOKEN"] = "test-token"  # tfl-eval-not: hardcoded-credential
    return DagBag(include_examples=False)


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
