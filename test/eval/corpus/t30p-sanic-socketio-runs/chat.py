import os

from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, message_queue=os.environ.get("REDIS_URL"))


@socketio.on("say")
def say(data):
    emit("said", data, broadcast=True)


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", 5001)))  # tfl-eval-not: runtime-build-step
