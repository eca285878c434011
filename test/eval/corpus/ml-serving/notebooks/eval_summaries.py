#!/usr/bin/env python
# coding: utf-8

# # Summary quality evaluation
# Exported from eval_summaries.ipynb

# In[1]:


import pandas as pd
import openai
from sqlalchemy import create_engine


# In[2]:


openai.api_key = "sk-proj-XTYzgTqvrycYFtHx53WSqI648uL8dilYcPHKVhgWmzrYvvk9EGAj20F9abXIZmOIDonkc3DwWeljY19RVaQlz_LWwGlQ3M8bjj3Cb6flSahdcsEOuEpJUavp"  # tfl-eval: hardcoded-credential
engine = create_engine("postgresql+psycopg2://analyst:An4lyst-ro-pw@tickets-replica.acme-labs.ai:5432/tickets")  # tfl-eval: hardcoded-credential, hardcoded-backing-service


# In[3]:


df = pd.read_sql("select id, body, summary from tickets where summary is not null limit 500", engine)
df.head()


# In[4]:


def judge(body, summary):
    prompt = f"Rate 1-5 how faithful this summary is.\n\nTicket:\n{body}\n\nSummary:\n{summary}"
    resp = openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return int(resp.choices[0].message.content.strip()[0])

df["score"] = [judge(b, s) for b, s in zip(df.body, df.summary)]
df.score.describe()
