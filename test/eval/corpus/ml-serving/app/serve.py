import os

import wandb
from huggingface_hub import login
from ray import serve
from starlette.requests import Request
from transformers import pipeline

login(token="hf_HiXIv33kEQjLqd6g8ZNWxJh6n6CHGpH8or")  # tfl-eval: hardcoded-credential
wandb.login(key="532921a9e82d7a52b2769c3ec52da5df70a18481")  # tfl-eval: hardcoded-credential


@serve.deployment(num_replicas=2, ray_actor_options={"num_gpus": 0.5})
class Summarizer:
    def __init__(self):
        self.model = pipeline("summarization", model="acme-labs/bart-support-tickets")
        self.run = wandb.init(project="ticket-summaries", job_type="inference")

    async def __call__(self, request: Request) -> dict:
        text = (await request.json())["text"]
        summary = self.model(text, max_length=120)[0]["summary_text"]
        self.run.log({"input_chars": len(text)})
        return {"summary": summary}


app = Summarizer.bind()
