import json
import urllib.request

SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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'  # tfl-eval: hardcoded-credential
PAGERDUTY_ROUTING_KEY = 'a60e44790e85c8e52da60d13506d481c'  # tfl-eval: hardcoded-credential
SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:reports/db-AbCdEf'  # tfl-eval-not: hardcoded-credential


def handler(event, context):
    body = json.dumps({'text': f"Report ready: {event['key']}"}).encode()
    urllib.request.urlopen(urllib.request.Request(SLACK_WEBHOOK_URL, data=body, headers={'Content-Type': 'application/json'}))
    return {'ok': True}
