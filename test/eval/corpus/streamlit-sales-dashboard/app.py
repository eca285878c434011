import streamlit as st
from openai import OpenAI

conn = st.connection("postgresql", type="sql")
client = OpenAI(api_key=st.secrets["openai_api_key"])  # tfl-eval-not: hardcoded-credential

st.title("Sales")
password = st.text_input("Admin password", type="password")  # tfl-eval-not: hardcoded-credential
if password and password == st.secrets.get("admin_password"):  # tfl-eval-not: hardcoded-credential
    st.dataframe(conn.query("SELECT * FROM orders LIMIT 100"))
