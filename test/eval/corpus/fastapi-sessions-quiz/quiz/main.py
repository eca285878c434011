from uuid import uuid4

from fastapi import Depends, FastAPI, Response

from quiz.search import find
from quiz.sessions import QuizSession, backend, cookie

app = FastAPI(title="Pub quiz")

# Points per difficulty; a constant table.
POINTS = {"easy": 1, "medium": 2, "hard": 3}  # tfl-eval-not: memory-session-store


@app.post("/join/{player}")
async def join(player: str, response: Response):
    session_id = uuid4()
    await backend.create(session_id, QuizSession(player=player))
    cookie.attach_to_response(response, session_id)
    return {"player": player}


@app.get("/questions")
async def questions(q: str = "", session: QuizSession = Depends(cookie)):
    return {"player": session.player, "hits": find(q), "points": POINTS}
