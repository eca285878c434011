import os

from flask import Flask, request, session
from flask_socketio import SocketIO, emit, join_room

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# The message queue lets every worker broadcast to every client.
socketio = SocketIO(app, message_queue=os.environ["REDIS_URL"])

# The room each open connection drew in last, for its undo button.
last_room_by_sid = {}
# Pen colours, fixed.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c"]
# Boards a signed-in user has starred.
starred_boards = {}  # tfl-eval: memory-session-store


@socketio.on("join")
def on_join(data):
    join_room(data["board"])
    last_room_by_sid[request.sid] = data["board"]
    emit("palette", PALETTE)


@socketio.on("star")
def on_star(data):
    starred_boards.setdefault(session["user_id"], set()).add(data["board"])


@socketio.on("disconnect")
def on_disconnect():
    last_room_by_sid.pop(request.sid, None)


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
