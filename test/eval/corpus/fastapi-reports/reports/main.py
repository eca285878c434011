import logging
import os

import jwt  # tfl-eval-not: undeclared-dependency
import pandas as pd  # tfl-eval: undeclared-dependency
import uvicorn
from dateutil import parser as dates  # tfl-eval-not: undeclared-dependency
from fastapi import FastAPI, Header
from sqlalchemy import create_engine, text

logging.basicConfig(level=logging.INFO)  # tfl-eval-not: file-logger
warehouse = create_engine("postgresql+psycopg://reporting.internal/warehouse")  # tfl-eval: hardcoded-backing-service
app = FastAPI()


@app.get("/reports/revenue")
def revenue(since: str, authorization: str = Header()):
    claims = jwt.decode(authorization.removeprefix("Bearer "), os.environ["JWT_PUBLIC_KEY"], algorithms=["RS256"])
    with warehouse.connect() as conn:
        frame = pd.read_sql(text("select day, total from revenue where day >= :since and tenant = :tenant"), conn, params={"since": dates.parse(since), "tenant": claims["tenant"]})
    return frame.to_dict(orient="records")


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)  # tfl-eval: hardcoded-port
