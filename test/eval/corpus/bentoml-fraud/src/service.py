import os

import bentoml
import numpy as np
from huggingface_hub import hf_hub_download

HF_REPO = "risk-platform/fraud-gbm"
HF_TOKEN = "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"  # tfl-eval: hardcoded-credential
FEATURE_KEYS = ["amount", "merchant_risk", "card_age_days", "velocity_1h"]


@bentoml.service(resources={"cpu": "2"}, traffic={"timeout": 10})
class FraudScorer:
    def __init__(self) -> None:
        path = hf_hub_download(HF_REPO, "model.json", token=os.environ.get("HF_TOKEN", HF_TOKEN))
        self.model = bentoml.xgboost.load_model(path)
        self.threshold = float(os.environ.get("FRAUD_THRESHOLD", "0.82"))

    @bentoml.api
    def score(self, features: dict) -> dict:
        row = np.array([[features[key] for key in FEATURE_KEYS]])
        probability = float(self.model.predict_proba(row)[0][1])
        return {"probability": probability, "block": probability >= self.threshold}
