import os

import gradio as gr

from ragapp.clients import llm


def answer(question: str) -> str:
    return llm.invoke(question).content


demo = gr.Interface(fn=answer, inputs=gr.Textbox(label="Question"), outputs=gr.Textbox(label="Answer"), title="RAG playground")

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", auth=("reviewer", "k#Yu4YeG3m!cwd"))  # tfl-eval: hardcoded-credential
    demo.launch(auth=(os.environ["PLAYGROUND_USER"], os.environ["PLAYGROUND_PASSWORD"]))  # tfl-eval-not: hardcoded-credential
