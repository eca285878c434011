import os

import assemblyai as aai
import cohere
import mlflow
import replicate
import weaviate
from huggingface_hub import InferenceClient
from langchain_openai import ChatOpenAI
from pinecone import Pinecone
from qdrant_client import QdrantClient

hf = InferenceClient(model="meta-llama/Meta-Llama-3-8B-Instruct", token="hf_K8dreTfR7mc9Tfan2VWm75tTr2oHb7v7Q2")  # tfl-eval: hardcoded-credential
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key="sk-proj-sVHPyZGVkA8d0PS1BW8aUBjsv0FqrjE7m4tYrim6xZztIxgt")  # tfl-eval: hardcoded-credential
local_llm = ChatOpenAI(base_url="http://localhost:8000/v1", api_key="EMPTY")  # tfl-eval-not: hardcoded-credential
qdrant = QdrantClient(url="https://a1b2c3d4-e5f6-7890-abcd-ef1234567890.eu-central-1-0.aws.cloud.qdrant.io", api_key="l2wmKnr0XM1AVJxFBXrTRtLCfV7R0z8qE8YDhKsO")  # tfl-eval: hardcoded-credential
pinecone = Pinecone(api_key="pcsk_qNTRS_EDCIJudTJSVdonK4A4ZJXgUs8ZjLjRCwoSK9JQ4dVwvzn6aBEENywTlGjcmU")  # tfl-eval: hardcoded-credential
wv = weaviate.Client(
    url=os.environ["WEAVIATE_URL"],
    auth_client_secret=weaviate.auth.AuthApiKey("rYe7KGPJoycgIBQAWiNLVevJ2RDm6180QBCCEumy"),  # tfl-eval: hardcoded-credential
)
co = cohere.Client("OJcmPsJ51ytZvrpg73YG7e1D1MJOz2H7C3qGbNY0")  # tfl-eval: hardcoded-credential
rep = replicate.Client(api_token="r8_JhZsbjGC7SBlKo4rr7ANgq2iXW4J3tks5ThDf")  # tfl-eval: hardcoded-credential
aai.settings.api_key = "e11083f675519c3979d2b99f1ea23386"  # tfl-eval: hardcoded-credential

mlflow.set_tracking_uri("https://mlflow-admin:Tb6SnHvCn3iG6BExxxGz@mlflow.acme-ml.example")  # tfl-eval: hardcoded-credential
