from litestar import Litestar, get
from litestar.config.csrf import CSRFConfig
from litestar.middleware.session.client_side import CookieBackendConfig

from .db import Session

session_config = CookieBackendConfig(secret=bytes.fromhex("4cd3f81f908eba931892fe44f8fd4229c633f36f7d969e776c6652233720cb02"))  # tfl-eval: hardcoded-credential
csrf_config = CSRFConfig(secret="nueXiPreTbdxOfzwelxhmwBCKoCmJjTa", cookie_name="ledger_csrf")  # tfl-eval: hardcoded-credential


@get("/health")
async def health() -> dict:
    return {"status": "ok"}


@get("/entries/{account:str}")
async def entries(account: str) -> list:
    async with Session() as s:
        rows = await s.execute("select id, amount from entries where account = :a", {"a": account})
        return [dict(r._mapping) for r in rows]


app = Litestar([health, entries], middleware=[session_config.middleware], csrf_config=csrf_config)
