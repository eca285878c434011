# %% [markdown]
# Exploring daily load per substation (exported from explore_load.ipynb)

# %%
import os

import pandas as pd
import sqlalchemy as sa

# %%
engine = sa.create_engine(os.environ["WAREHOUSE_URL"])
df = pd.read_sql("select * from analytics.daily_load where day > now() - interval '30 days'", engine)
df.pivot(index="day", columns="substation_id", values="kwh").plot(figsize=(12, 5))

# %%
api_key = "mtr_live_7Hq2ZxV9kP4wLr8TnB3cYs6D"  # tfl-eval: hardcoded-credential
