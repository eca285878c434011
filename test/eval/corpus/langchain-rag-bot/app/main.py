import os

from fastapi import Depends, FastAPI, Header, HTTPException

from app.chains.retrieval import build_chain
from app.config import Settings, get_settings

api = FastAPI(title="Support RAG")


def require_admin(x_admin_token: str = Header(...), settings: Settings = Depends(get_settings)) -> None:
    if x_admin_token != settings.admin_token:
        raise HTTPException(status_code=401, detail="Invalid admin token")  # tfl-eval-not: hardcoded-credential


@api.post("/ask")
def ask(question: str):
    chain, retriever = build_chain()
    docs = retriever.invoke(question)
    return {"answer": chain.invoke({"question": question, "context": "\n".join(d.page_content for d in docs)}).content}
