"""Application Settings"""
from masonite.environment import env

APP_NAME = env("APP_NAME", "Masonite Blog")
KEY = env("APP_KEY", "evHYWLM66ltDKHJ1owP7wtomGxWLPCSLq1Up6Lwambs=")  # tfl-eval: hardcoded-credential
HASHING = {"default": env("HASHING_FUNCTION", "bcrypt"), "bcrypt": {"rounds": 10}}  # tfl-eval-not: hardcoded-credential
APP_URL = env("APP_URL", "http://localhost:8000/")
