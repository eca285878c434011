import json

import requests
from dagster import RunRequest, SensorEvaluationContext, sensor

OUTAGE_FEED = "https://status.gridoperator.example.net/outages.json"
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"  # tfl-eval: hardcoded-credential


@sensor(minimum_interval_seconds=300)
def outage_sensor(context: SensorEvaluationContext):
    cursor = json.loads(context.cursor) if context.cursor else {}
    for outage in requests.get(OUTAGE_FEED, timeout=10).json():
        if outage["id"] in cursor:
            continue
        requests.post(SLACK_WEBHOOK, json={"text": f"Outage at {outage['substation']}: {outage['cause']}"}, timeout=5)
        cursor[outage["id"]] = True
        yield RunRequest(run_key=outage["id"], tags={"substation": outage["substation"]})
    context.update_cursor(json.dumps(cursor))
