import os

from groq import Groq
from openai import OpenAI

# Local Ollama speaks the OpenAI API; it ignores the key but the client requires one.
local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")  # tfl-eval-not: hardcoded-credential

hosted = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

fast = Groq(api_key="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")  # tfl-eval: hardcoded-credential

MODEL = os.getenv("SUMMARY_MODEL", "llama3.1:8b")


def summarise(text: str) -> str:
    client = local if os.getenv("USE_LOCAL_LLM") else fast
    reply = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "system", "content": "Summarise in two sentences."}, {"role": "user", "content": text}],
    )
    return reply.choices[0].message.content or ""
