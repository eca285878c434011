import os

from flask import Flask

worker = Flask(__name__)

if __name__ == "__main__":
    port = 8000
    port = int(os.getenv("PORT", port))
    worker.run(host="0.0.0.0", port=port)  # tfl-eval-not: hardcoded-port
