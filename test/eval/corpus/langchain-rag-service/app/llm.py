from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from pinecone import Pinecone

from .config import get_settings

settings = get_settings()

embeddings = OpenAIEmbeddings(model=settings.embedding_model, api_key=settings.openai_api_key)  # tfl-eval-not: hardcoded-credential
chat = ChatAnthropic(model="claude-3-5-sonnet-20240620", api_key=settings.anthropic_api_key.get_secret_value())  # tfl-eval-not: hardcoded-credential

# Fallback model for the summariser; this key belongs to a separate billing org.
summariser = ChatOpenAI(model="gpt-4o-mini", openai_api_key="sk-5z3DZQ3zVhYOuBBzAQbx3r6yZarvzGMRnS2nmQRxPmgeY84P", temperature=0)  # tfl-eval: hardcoded-credential

pc = Pinecone(api_key=settings.pinecone_api_key)  # tfl-eval-not: hardcoded-credential
index = pc.Index(settings.pinecone_index)
