from litestar import Controller, Request, get, post

from app.services.covers import cover_url

# Shelf names the UI offers; constant.
SHELVES = {"to-read": "To read", "reading": "Reading", "done": "Finished"}  # tfl-eval-not: memory-session-store


class ShelfController(Controller):
    path = "/shelves"

    @get("/")
    async def list_shelves(self, request: Request) -> dict:
        picked = request.session.get("shelf", "to-read")
        return {"shelves": SHELVES, "current": picked}

    @post("/{shelf:str}/books/{isbn:str}")
    async def add(self, request: Request, shelf: str, isbn: str) -> dict:
        request.session["shelf"] = shelf
        return {"isbn": isbn, "cover": cover_url(isbn)}
