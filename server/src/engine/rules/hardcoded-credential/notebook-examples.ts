// Jupyter notebook examples: the code cells are read as Python, each finding placed on the
// notebook's JSON text (so the markers sit around the escaped literal). Generated values, never real.
import type { Examples } from '../../rule';

export const notebookExamples: Examples = {
  valid: [
    {
      name: "keys read from the environment or typed at a prompt; a key in a cell's output, a markdown cell, a raw cell and a %%bash cell",
      path: 'notebooks/01_explore.ipynb',
      code: String.raw`{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Put your key in the environment, e.g. OPENAI_API_KEY=sk-proj-xlh_P0Pnck05BtXeH4Wg6UZH4Y9X4Chi1JCkH_nRMUET4UyQgwFM4Q1apvBdODRWUEih_kolOK"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["api_key = \"sk-proj-m_rCxppzmhdtPGfjEz2yt-JtAQwOhzjlzNkidXgQLDdh5VPHzUGmwPPwB-7FSi2NiGPQ4JMUwr\"\n"]}],
   "source": [
    "import os\n",
    "from getpass import getpass\n",
    "openai_api_key = os.environ[\"OPENAI_API_KEY\"]\n",
    "db_password = getpass(\"Database password: \")\n",
    "print(f\"api_key = {openai_api_key!r}\")"
   ]
  },
  {
   "cell_type": "raw",
   "metadata": {},
   "source": ["HF_TOKEN=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"]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": ["%%bash\n", "export DB_PASSWORD=\"$(vault kv get -field=password secret/db)\"\n", "password=\"$DB_PASSWORD\""]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    },
    {
      name: 'a JSON file that is no notebook, and a notebook whose cells hold no value',
      path: 'Untitled.ipynb',
      code: String.raw`{"cells": [{"cell_type": "code", "source": "!pip install openai\n%env OPENAI_API_KEY=\n%matplotlib inline", "outputs": []}], "nbformat": 4}
`,
    },
    {
      name: "an R kernel's notebook: its cells are no Python",
      path: 'reports/churn.ipynb',
      code: String.raw`{"cells": [{"cell_type": "code", "source": ["con <- dbConnect(RPostgres::Postgres(), user = \"report\", password = \"Wm4kTz9qLp2xVr7n\")"], "outputs": []}],
 "metadata": {"kernelspec": {"display_name": "R", "language": "R", "name": "ir"}}, "nbformat": 4, "nbformat_minor": 5}
`,
    },
  ],
  invalid: [
    {
      name: "a key assigned in a cell, a connection URL's password, a password keyword, an %env magic and a !curl line",
      path: 'notebooks/02_train.ipynb',
      code: String.raw`{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai\n",
    "openai.api_key = ⟦\"sk-proj-8Of__-MoeP0snUkDvOKeYiuRsAaohyaHPDkW6iQi3zOD3Drz6TjraGkUmX98crkxrBE93UUh3z\"⟧\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "%%time\n",
    "from pymongo import MongoClient\n",
    "client = MongoClient(\"mongodb+srv://analyst:⟦qCpHvA11736cDq_NHg⟧@cluster0.x1y2z.mongodb.net/\")\n",
    "conn = psycopg2.connect(host=\"replica\", user=\"readonly\", password=⟦\"Wm4kTz9qLp2xVr7n\"⟧)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": ["%env HF_TOKEN=⟦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⟧\n", "!curl -u admin:⟦Vr7nWm4kTz9qLp2x⟧ https://api.example.com/export -o data.csv"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    },
    {
      name: 'a Python module written out of a cell (%%writefile config.py)',
      path: 'notebooks/setup.ipynb',
      code: String.raw`{"cells": [{"cell_type": "code", "source": ["%%writefile config.py\n", "DB_PASSWORD = ⟦\"Wm4kTz9qLp2xVr7n\"⟧\n"], "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
`,
    },
    {
      name: 'a %%bash cell: its body is a shell script (mysql -p, an exported password)',
      path: 'notebooks/restore.ipynb',
      code: String.raw`{"cells": [{"cell_type": "code", "source": ["%%bash\n", "export PGPASSWORD=⟦Wm4kTz9qLp2xVr7n⟧\n", "mysql -u root -p⟦Lp2xVr7nWm4kTz9q⟧ shop < dump.sql\n"], "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
`,
    },
    {
      name: "nbformat 3: worksheets of cells whose code is under `input`, one string per cell",
      path: 'legacy/Analysis.ipynb',
      code: String.raw`{"worksheets": [{"cells": [{"cell_type": "code", "input": "import kaggle\nKAGGLE_KEY = ⟦\"ae1d444ea444835cae8cef592eb326c3\"⟧", "outputs": []}]}], "nbformat": 3}
`,
    },
  ],
};
