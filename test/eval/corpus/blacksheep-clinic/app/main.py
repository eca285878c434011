import logging

import uvicorn
from blacksheep import Application, Request, get, json, post
from sqlalchemy.ext.asyncio import create_async_engine

from app.models import Base, Slot
from app.settings import settings

logging.basicConfig(filename="/var/log/clinic/app.log", level=logging.INFO)  # tfl-eval: file-logger
log = logging.getLogger("clinic")

app = Application()
engine = create_async_engine(settings.database_url, pool_size=10)

# Slots a patient has put on hold, until the booking is confirmed.
held_slots: dict[str, list[int]] = {}  # tfl-eval: memory-session-store
# Opening hours never change at run time.
OPENING_HOURS = {"mon": "08-18", "tue": "08-18", "wed": "08-18", "thu": "08-20", "fri": "08-16"}


async def create_schema(application: Application) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)  # tfl-eval: startup-migration


app.on_start += create_schema


@get("/hours")
async def hours():
    return json(OPENING_HOURS)


@post("/slots/{slot_id}/hold")
async def hold_slot(request: Request, slot_id: int):
    patient_id = request.user.claims["sub"]
    held_slots.setdefault(patient_id, []).append(slot_id)
    log.info("slot %s held", slot_id)
    return json({"held": held_slots[patient_id]})


@post("/slots/{slot_id}/confirm")
async def confirm(request: Request, slot_id: int):
    patient_id = request.user.claims["sub"]
    async with engine.begin() as conn:
        await conn.execute(Slot.__table__.update().where(Slot.id == slot_id).values(patient=patient_id))
    held_slots.pop(patient_id, None)
    return json({"confirmed": slot_id})


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=44777)  # tfl-eval: hardcoded-port
