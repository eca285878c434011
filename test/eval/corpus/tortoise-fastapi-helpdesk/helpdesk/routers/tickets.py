from fastapi import APIRouter, Request

from helpdesk.models import Ticket

router = APIRouter(prefix="/tickets")

# Canned replies shown in the agent UI: read-only.
CANNED_REPLIES = {
    "reset": "We have sent you a password reset link.",
    "refund": "Your refund is on its way.",
}

# Which ticket each agent has open, so two agents do not answer the same one.
claimed_by_agent = {}  # tfl-eval: memory-session-store


@router.get("/")
async def list_tickets():
    return await Ticket.filter(status="open").order_by("-created_at").limit(50)


@router.post("/{ticket_id}/claim")
async def claim(ticket_id: int, request: Request):
    agent_id = request.session["agent_id"]
    claimed_by_agent[agent_id] = ticket_id
    return {"claimed": ticket_id, "hint": CANNED_REPLIES.get("reset")}
