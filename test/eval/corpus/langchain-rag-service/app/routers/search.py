from fastapi import APIRouter, Header, HTTPException

from ..config import get_settings
from ..llm import chat, embeddings, index

router = APIRouter(prefix="/search")


@router.post("")
async def search(question: str, x_api_key: str = Header(default="")):  # tfl-eval-not: hardcoded-credential
    expected = get_settings().admin_token
    if expected and x_api_key != expected.get_secret_value():
        raise HTTPException(status_code=401, detail="Invalid API key")  # tfl-eval-not: hardcoded-credential
    vector = embeddings.embed_query(question)
    matches = index.query(vector=vector, top_k=5, include_metadata=True)
    context = "\n".join(m.metadata["text"] for m in matches.matches)
    answer = chat.invoke(f"Answer from this context only:\n{context}\n\nQ: {question}")
    return {"answer": answer.content}
