"""One-off: re-embed the handbook. Run from a laptop: `python scripts/reindex.py docs/`."""
import os
import sys
from pathlib import Path

os.environ["OPENAI_API_KEY"] = "sk-proj-jPGhr52AFzLVIwMBkbmZ8gS8wtGH1n4WPrmKTagiH576kM3R"  # tfl-eval: hardcoded-credential
os.environ.setdefault("PINECONE_API_KEY", "1b9d9685-7248-4d6c-bfba-d613dbb9e6cb")  # tfl-eval: hardcoded-credential
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # tfl-eval-not: hardcoded-credential

from langchain_openai import OpenAIEmbeddings  # noqa: E402
from pinecone import Pinecone  # noqa: E402

emb = OpenAIEmbeddings()
index = Pinecone().Index("kb-chunks-v3")

for path in Path(sys.argv[1]).glob("**/*.md"):
    text = path.read_text()
    index.upsert([(str(path), emb.embed_query(text), {"text": text[:2000]})])
