import logging
import os

import socketio
import uvicorn

logging.basicConfig(level=logging.INFO)  # stdout: the platform collects it
log = logging.getLogger("trivia")

sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=os.environ.get("ALLOWED_ORIGINS", "*").split(","))
app = socketio.ASGIApp(sio)

# Who is in which room right now, shown in the lobby.
online_players: dict[str, str] = {}  # tfl-eval: memory-session-store
# Questions are loaded once at start and only read.
QUESTIONS = [("Capital of Peru?", "Lima"), ("H2O is?", "Water")]


@sio.event
async def connect(sid, environ, auth):
    online_players[auth["nickname"]] = sid
    log.info("player connected")


@sio.on("answer")
async def answer(sid, data):
    question, expected = QUESTIONS[data["n"]]
    await sio.emit("result", {"correct": data["text"].strip().lower() == expected.lower()}, to=sid)


@sio.event
async def disconnect(sid):
    for nickname, player_sid in list(online_players.items()):
        if player_sid == sid:
            del online_players[nickname]


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
