import httpx
from arq.connections import RedisSettings

from app.config import settings

ROUTING_KEY = "rk_live_5f2Qx8Lm3Vt9Wz7Bn4Rc6Yh1"  # tfl-eval: hardcoded-credential


async def plan_route(ctx, delivery_id: int) -> dict:
    async with httpx.AsyncClient(base_url=settings.maps_api_base, headers={"Authorization": f"Bearer {ROUTING_KEY}"}) as client:
        resp = await client.post("/routes", json={"delivery_id": delivery_id})
        resp.raise_for_status()
        return resp.json()


class WorkerSettings:
    functions = [plan_route]
    redis_settings = RedisSettings(host="redis-queue.courier.internal", port=6379)  # tfl-eval: hardcoded-backing-service
    max_jobs = 20
    job_timeout = 60
