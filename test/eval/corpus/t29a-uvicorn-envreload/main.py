import os

import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def ping(request):
    return JSONResponse({"pong": True})


app = Starlette(routes=[Route("/ping", ping)])

if __name__ == "__main__":
    # Reload only where the developer asks for it.
    uvicorn.run(
        "main:app",
        host="0.0.0.0",
        port=int(os.getenv("PORT", "8000")),
        reload=os.getenv("RELOAD", "") == "1",  # tfl-eval-not: runtime-build-step
    )
