from fastapi import FastAPI

from ledger.db.session import session_scope

app = FastAPI(title="ledger")


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.get("/accounts/{account_id}/balance")
def balance(account_id: int):
    with session_scope() as session:
        row = session.execute("select balance from accounts where id = :id", {"id": account_id}).first()
    return {"balance": row[0] if row else 0}
