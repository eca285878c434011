import os

from sanic import Sanic
from sanic.response import json

app = Sanic("scores")


@app.get("/scores")
async def scores(request):
    return json({"scores": []})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)), workers=4, access_log=False)  # tfl-eval-not: runtime-build-step
