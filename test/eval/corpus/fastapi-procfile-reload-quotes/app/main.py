from fastapi import FastAPI

app = FastAPI()


@app.get("/quotes")
def list_quotes():
    return []
