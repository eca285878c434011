# %%
import os

os.environ["KAGGLE_USERNAME"] = "acmeresearch"
os.environ["KAGGLE_KEY"] = "9763f278992f1c1537c5d25dbf0f6120"  # tfl-eval: hardcoded-credential

from kaggle.api.kaggle_api_extended import KaggleApi  # noqa: E402

api = KaggleApi()
api.authenticate()
api.dataset_download_files("acme/trials-public", path="data", unzip=True)

# %%
from huggingface_hub import login  # noqa: E402

login(token=os.environ.get("HF_TOKEN"))  # tfl-eval-not: hardcoded-credential
