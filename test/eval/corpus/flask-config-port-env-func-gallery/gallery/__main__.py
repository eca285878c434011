from flask import Flask

from gallery.config import get_port

app = Flask(__name__)

app.run(host="0.0.0.0", port=get_port())  # tfl-eval-not: hardcoded-port
