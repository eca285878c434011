# %% [markdown]
# Monthly churn extract, exported from the notebook for the scheduler.

# %%
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("mssql+pyodbc://etl_user:zX3kFZJX7zbWWQ@sales-db.internal/Sales?driver=ODBC+Driver+18+for+SQL+Server")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

# %%
df = pd.read_sql("SELECT account_id, churned_at FROM churn WHERE month = 11", engine)
df.to_parquet("churn-11.parquet")
