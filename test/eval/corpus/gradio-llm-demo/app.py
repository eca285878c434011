#!/usr/bin/env python
# coding: utf-8

# # Support-ticket summariser demo
# Exported from notebooks/summariser.ipynb; run with `python app.py`.

# In[1]:


import os

import gradio as gr
from huggingface_hub import InferenceClient
from openai import OpenAI
from langfuse import Langfuse


# In[2]:


client = OpenAI(api_key="sk-proj-vmPQ7waqQSvyuMHBQl9iALWckbVQC6kaXHyPFC-aYNgPqDM0")  # tfl-eval: hardcoded-credential
hf = InferenceClient(model="mistralai/Mistral-7B-Instruct-v0.3", token="hf_vs5j651hLfsixk6uHs0LunAIuhl4c8EoTO")  # tfl-eval: hardcoded-credential
langfuse = Langfuse(
    public_key="pk-lf-86e36a91-22fc-d1e9-e762-ee1d8fac3bc0",  # tfl-eval-not: hardcoded-credential
    secret_key="sk-lf-151c16a1-53e2-cdd3-751a-477262f22b39",  # tfl-eval: hardcoded-credential
    host="https://cloud.langfuse.com",
)


# In[3]:


SYSTEM_PROMPT = "Summarise the support ticket in three bullet points. Never repeat passwords, tokens or card numbers."  # tfl-eval-not: hardcoded-credential


def summarise(ticket: str, backend: str) -> str:
    trace = langfuse.trace(name="summarise", input=ticket)
    if backend == "OpenAI":
        reply = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": ticket}],
        )
        text = reply.choices[0].message.content
    else:
        text = hf.text_generation(f"{SYSTEM_PROMPT}\n\n{ticket}", max_new_tokens=200)
    trace.update(output=text)
    return text


# In[4]:


demo = gr.Interface(
    fn=summarise,
    inputs=[gr.Textbox(lines=12, label="Ticket"), gr.Radio(["OpenAI", "Mistral"], value="OpenAI", label="Backend")],
    outputs=gr.Markdown(),
    title="Ticket summariser",
)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", auth=("support", "Mu0fY7G4KcVp"))  # tfl-eval: hardcoded-credential
