from fastapi import Depends, FastAPI, Response

from labbooking.auth import LabSession, current_session, start_session
from labbooking.instruments import instrument_catalogue

app = FastAPI(title="lab booking")


@app.post("/login")
def login(researcher_id: int, group: str, response: Response):
    response.set_cookie("session_token", start_session(researcher_id, group), httponly=True, secure=True)
    return {"ok": True}


@app.get("/instruments")
def instruments(session: LabSession = Depends(current_session)):
    return [i for i in instrument_catalogue() if session.group in i.get("groups", [])]
