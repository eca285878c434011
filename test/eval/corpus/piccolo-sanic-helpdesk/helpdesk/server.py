import os

from sanic import Sanic
from sanic.response import json
from sanic_session import InMemorySessionInterface, Session

from .tables import Ticket

app = Sanic("helpdesk")
Session(app, interface=InMemorySessionInterface(expiry=3600))  # tfl-eval: memory-session-store

PRIORITY_NAMES = {1: "Low", 2: "Normal", 3: "Urgent"}  # tfl-eval-not: memory-session-store


@app.get("/tickets/<ticket_id:int>")
async def show(request, ticket_id):
    ticket = await Ticket.objects().get(Ticket.id == ticket_id)
    request.ctx.session["last_ticket"] = ticket_id
    return json({"subject": ticket.subject, "priority": PRIORITY_NAMES[ticket.priority]})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
