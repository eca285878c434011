#!/usr/bin/env python
# coding: utf-8

# # Customer churn: Q3 exploration
#
# Exported from `churn_analysis.ipynb`.

# In[1]:


import os
import pandas as pd
import snowflake.connector
from sqlalchemy import create_engine


# In[2]:


os.environ["AWS_ACCESS_KEY_ID"] = "AKIAAD4KNXP3FTYJDH2X"  # tfl-eval: hardcoded-credential
os.environ["AWS_SECRET_ACCESS_KEY"] = "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"  # tfl-eval: hardcoded-credential
os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


# In[3]:


ctx = snowflake.connector.connect(
    user="ANALYST_SVC",
    password="letka502!XLRz5kl",  # tfl-eval: hardcoded-credential
    account="xy7q3tm.us-east-1",
    warehouse="ANALYTICS_WH",
    database="PROD",
    schema="CRM",
)
subs = pd.read_sql("select * from subscriptions where cancelled_at >= '2024-07-01'", ctx)


# In[4]:


engine = create_engine("postgresql+psycopg2://readonly:5ZlPXdu9NG3SQ2ZP@replica.db.internal:5432/billing")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
invoices = pd.read_sql_table("invoices", engine)


# In[5]:


churn = subs.merge(invoices, on="customer_id", how="left")
churn.groupby("plan")["mrr"].sum().plot(kind="bar")


# In[6]:


churn.to_parquet("s3://analytics-scratch/churn/q3.parquet")
