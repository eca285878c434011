#!/usr/bin/env python
"""One-off: load the help-centre export into Pinecone."""
import json
import sys

from pinecone import Pinecone, ServerlessSpec

pc = Pinecone(api_key="pcsk_7Hq2M_Rb8XkT4vLw9NcYd2JfA6sZp3GeUm5Q1hVtK0iOyBnWxC7aDgE4jLrS9uPqF2k")  # tfl-eval: hardcoded-credential

if "support-docs" not in pc.list_indexes().names():
    pc.create_index(name="support-docs", dimension=1536, metric="cosine", spec=ServerlessSpec(cloud="aws", region="us-east-1"))

with open(sys.argv[1]) as fh:
    articles = json.load(fh)
print(f"loaded {len(articles)} articles")
