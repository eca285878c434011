import os

import cohere
import mlflow
import wandb
from huggingface_hub import login
from pinecone import Pinecone

wandb.login(key="05895e4a3d7b5b2d1acd48fb49141263c78e9144")  # tfl-eval: hardcoded-credential
login(token="hf_5Jo6PTsDXXaRScYm4G3b6J71BclsdsSPab")  # tfl-eval: hardcoded-credential

os.environ["MLFLOW_TRACKING_USERNAME"] = "trainer"
os.environ["MLFLOW_TRACKING_PASSWORD"] = "rLirCH9Mp8%iE79"  # tfl-eval: hardcoded-credential
mlflow.set_tracking_uri("https://mlflow.internal.example.com")

pc = Pinecone(api_key="pcsk_d1aCwYkv4WiIz8Q7gcVt_Uup6ejdyPPCktuwowWK4CwWCX62ZoR5jQq0ZUl2A")  # tfl-eval: hardcoded-credential
index = pc.Index("product-embeddings")

co = cohere.Client("3ziPLEtFJDE5H2Da5ceYc5bSAdmfgTaLvvBLbudl")  # tfl-eval: hardcoded-credential


def embed(texts):
    return co.embed(texts=texts, model="embed-english-v3.0", input_type="search_document").embeddings
