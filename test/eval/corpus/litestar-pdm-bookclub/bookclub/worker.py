import os

from saq import Queue


async def send_meeting_reminders(ctx, *, circle_id: int) -> None:
    ...


settings = {
    "queue": Queue.from_url(os.environ["REDIS_URL"]),
    "functions": [send_meeting_reminders],
    "concurrency": 4,
}
