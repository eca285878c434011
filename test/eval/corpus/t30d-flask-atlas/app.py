import os
import tomllib

from flask import Flask

app = Flask(__name__)
with open(f"config/{os.environ.get('APP_ENV', 'default')}.toml", "rb") as fh:
    app.config.update(tomllib.load(fh))


@app.get("/health")
def health():
    return {"ok": True}
