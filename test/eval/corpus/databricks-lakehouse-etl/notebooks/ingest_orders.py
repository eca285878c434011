# Databricks notebook source
# MAGIC %md
# MAGIC ## Ingest orders from the OLTP replica

# COMMAND ----------

jdbc_url = "jdbc:postgresql://orders-replica.internal.example.com:5432/orders"
connection_properties = {
    "user": "etl_reader",
    "password": "sItFapJJ8vNU5h.sUb",  # tfl-eval: hardcoded-credential
    "driver": "org.postgresql.Driver",
}

# COMMAND ----------

storage_key = dbutils.secrets.get(scope="lakehouse", key="adls-key")  # tfl-eval-not: hardcoded-credential
spark.conf.set("fs.azure.account.key.lakehousesa.dfs.core.windows.net", "B7WzC/kSWpJIR1LLwn0WBIlEYlGkh8LC87U6DgyQ3g0=")  # tfl-eval: hardcoded-credential

# COMMAND ----------

df = spark.read.jdbc(url=jdbc_url, table="public.orders", properties=connection_properties)
