# %% [markdown]
# # Churn exploration
# Pulls the last quarter of cancellations and asks the LLM to cluster the reasons.

# %%
import pandas as pd
from openai import OpenAI
from sqlalchemy import create_engine

# %%
engine = create_engine("mysql+pymysql://analyst:l3bU9qa0K2%EvBf@crm-replica.internal/crm")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
df = pd.read_sql("select reason, plan, mrr from cancellations where created_at > now() - interval 90 day", engine)

# %%
client = OpenAI(api_key="sk-proj-aykNMi61qDOaJNw8oMyT_JxC58_sbcgNIjbWLXDPpk_VyQwZ")  # tfl-eval: hardcoded-credential
summary = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Cluster these reasons: " + "; ".join(df.reason.head(200))}],
)
print(summary.choices[0].message.content)
