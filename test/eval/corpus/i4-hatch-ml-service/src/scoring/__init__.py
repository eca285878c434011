import os

THRESHOLD = float(os.environ.get("SCORING_THRESHOLD", "0.5"))
