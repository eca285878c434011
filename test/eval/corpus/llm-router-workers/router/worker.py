from redis import Redis
from rq import Queue, Worker

redis = Redis(host="queue.internal", port=6379, password="H3kAwkRsBWkhVytfFy9PU4JSLaOK")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
queue = Queue("completions", connection=redis)

if __name__ == "__main__":
    Worker([queue], connection=redis).work()
