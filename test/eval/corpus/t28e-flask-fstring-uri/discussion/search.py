import os

ES_SCHEME = "http"
ES_HOST = os.environ.get("ES_HOST", "search")
ES_PORT = 9200
ES_URL = f"{ES_SCHEME}://{ES_HOST}:{ES_PORT}"  # tfl-eval-not: hardcoded-backing-service

BROKER = "172.31.9.40"  # tfl-eval: hardcoded-backing-service
AMQP_URL = f"amqp://jobs:{os.environ['AMQP_PASSWORD']}@{BROKER}:5672/%2F"

EVENTS_DB = f"postgresql://{os.environ['EVENTS_USER']}@10.20.4.30:5432/events"  # tfl-eval: hardcoded-backing-service


def profile_link(user):
    # A link the page shows, not a service the app connects to.
    host = "discussion.example.org"
    return f"https://{host}/u/{user.name}"  # tfl-eval-not: hardcoded-backing-service
