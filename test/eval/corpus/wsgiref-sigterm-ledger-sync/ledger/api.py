import os

import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def balance(request):
    return JSONResponse({"balance": 0})


app = Starlette(routes=[Route("/balance", balance)])

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ["PORT"]))  # tfl-eval-not: no-graceful-shutdown
