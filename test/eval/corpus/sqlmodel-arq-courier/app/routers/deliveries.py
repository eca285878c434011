from fastapi import APIRouter, Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession

from app.db import get_session

router = APIRouter(prefix="/deliveries", tags=["deliveries"])


@router.post("/{delivery_id}/dispatch")
async def dispatch(delivery_id: int, request: Request, session: AsyncSession = Depends(get_session)):
    await request.app.state.arq.enqueue_job("plan_route", delivery_id)
    return {"queued": True}
