# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     name: python3
# ---

# %% [markdown]
# # QC drift, Q3
# Pulls instrument exports from the warehouse and plots drift per lab.

# %%
import os

import pandas as pd
import sqlalchemy as sa  # tfl-eval: undeclared-dependency

# %%
engine = sa.create_engine(os.environ.get("WAREHOUSE_URL", "postgresql://analyst@localhost:5432/warehouse"))
frame = pd.read_sql("select lab_id, measured_at, drift from qc_readings", engine)

# %%
# Shared read-only analyst login for the reporting replica.
replica = sa.create_engine("postgresql://analyst:Vg8!pLq2xR7w@reporting-replica.labs.internal:5432/warehouse")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

# %%
frame.groupby("lab_id")["drift"].describe()
