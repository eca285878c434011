from sanic import Sanic, response
from sanic_ext import Extend
from tortoise.contrib.sanic import register_tortoise

app = Sanic("ledger")
app.config.SECRET = "b4e94579f928ff2db4e4835ef0a2264492a1f0fe8e327d223935f2d9fbb5c5f3"  # tfl-eval: hardcoded-credential
app.config.update({"CORS_ORIGINS": "https://ledger.example.com", "PAYPAL_CLIENT_SECRET": "ziTNQa2XKDHAdRepZFy16CAzMLMkS9PKNLF379RT"})  # tfl-eval: hardcoded-credential
app.config.REQUEST_TIMEOUT = 30
Extend(app)

register_tortoise(
    app,
    db_url="postgres://ledger:BBqdCJr6fMZhZ6l1Ut4M@ledger-db.internal:5432/ledger",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    modules={"models": ["ledger.models"]},
    generate_schemas=False,
)


@app.get("/health")
async def health(request):
    return response.json({"status": "ok"})
