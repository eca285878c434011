# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
# ---

# %%
import boto3
import pandas as pd
import psycopg2

# %%
conn = psycopg2.connect("host=trials-db.acme-research.internal dbname=trials user=analyst password=0iaxR4lh8yB1J3Dk sslmode=require")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
trials = pd.read_sql("select * from trial_visits", conn)

# %%
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAMJYIISAS3FSVHUBF",  # tfl-eval: hardcoded-credential
    aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
)
s3.upload_file("visits.parquet", "acme-research-exports", "visits.parquet")

# %%
import openai

openai.api_key = "sk-proj-NnsoEQln0wpIcxlGK52lenliJbgyy3F5bb6w2SnCCpZXLHtT"  # tfl-eval: hardcoded-credential
summary = openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": trials.describe().to_string()}])
