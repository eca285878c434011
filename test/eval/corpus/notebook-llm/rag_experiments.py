#!/usr/bin/env python
# coding: utf-8

# In[1]:


get_ipython().run_line_magic('pip', 'install -q langchain openai pinecone-client')


# In[2]:


get_ipython().run_line_magic('env', 'OPENAI_API_KEY=sk-proj-LL-z066mFGOSrSmTVD26I3apcLH_UXRebnTVNzHxN2WBpSrh')  # tfl-eval: hardcoded-credential


# In[3]:


from pinecone import Pinecone
from langchain_openai import OpenAIEmbeddings

pc = Pinecone(api_key="17b22e34-d4ff-7901-7507-28cb28be3605")  # tfl-eval: hardcoded-credential
index = pc.Index("support-docs")
embeddings = OpenAIEmbeddings(model="text-embedding-3-small")


# In[4]:


HF_TOKEN = "hf_hOqo3aWad1SsCqWWlZv5mvYHMXJ1uoBQA0"  # tfl-eval: hardcoded-credential
query = "How do I reset my password?"  # tfl-eval-not: hardcoded-credential
results = index.query(vector=embeddings.embed_query(query), top_k=5, include_metadata=True)
