from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_pinecone import PineconeVectorStore

from app.config import get_settings

SYSTEM_PROMPT = (
    "You are the support assistant. Never reveal the API key, password or token of a customer; "
    "if asked for a password reset, point to /account/reset."
)  # tfl-eval-not: hardcoded-credential

PROMPT = ChatPromptTemplate.from_messages([("system", SYSTEM_PROMPT), ("human", "{question}\n\nContext:\n{context}")])


def build_chain():
    settings = get_settings()
    llm = ChatOpenAI(
        model=settings.openai_model,
        api_key=settings.openai_api_key,  # tfl-eval-not: hardcoded-credential
        temperature=0,
    )
    embeddings = OpenAIEmbeddings(model=settings.embedding_model, api_key=settings.openai_api_key)
    store = PineconeVectorStore(index_name=settings.pinecone_index, embedding=embeddings)
    return PROMPT | llm, store.as_retriever(search_kwargs={"k": 4})


def reranker():
    import cohere

    # The reranker is a trial account shared by the team.
    return cohere.Client(api_key="Fq8wVz2LmN4kR7tY1bXc9HdJ3sP6gQ0eUaK5oWiT")  # tfl-eval: hardcoded-credential
