import os

import google.generativeai as genai
import replicate
from groq import Groq
from huggingface_hub import InferenceClient, login
from mistralai.client import MistralClient
from openai import OpenAI

groq = Groq(api_key="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")  # tfl-eval: hardcoded-credential
replicate_client = replicate.Client(api_token="r8_UzVmPokYlBDYVA0PRzvHLsK6IoRZFxPYLGe7b")  # tfl-eval: hardcoded-credential
mistral = MistralClient(api_key=os.getenv("MISTRAL_API_KEY", "syiHdKPIfU5NTvKgx3SMl3mp3K3dvhsA"))  # tfl-eval: hardcoded-credential
genai.configure(api_key="AIzaTxcq6N0NfVCiO60RcTNCefVd0LkDYRQ96wm")  # tfl-eval: hardcoded-credential
hf = InferenceClient(model="meta-llama/Meta-Llama-3-8B-Instruct", token="hf_etirhHuMjJ64goF2CQtDk7XOgDR29sXnV3")  # tfl-eval: hardcoded-credential

# OpenAI-compatible endpoints: same client, other base URLs.
deepseek = OpenAI(base_url="https://api.deepseek.com", api_key="sk-2ba441029d84066602f1f5206d112358")  # tfl-eval: hardcoded-credential
perplexity = OpenAI(base_url="https://api.perplexity.ai", api_key="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")  # tfl-eval: hardcoded-credential
local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")  # tfl-eval-not: hardcoded-credential


def hub_login():
    login(token=os.environ["HF_TOKEN"])  # tfl-eval-not: hardcoded-credential
