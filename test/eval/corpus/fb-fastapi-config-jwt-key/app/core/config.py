import os

PROJECT_NAME = "Parcel Tracker"
API_PREFIX = "/api"

SECRET = "parcel-tracker-signing-secret"  # tfl-eval: hardcoded-credential
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24

DATABASE_URL = os.environ.get("DATABASE_URL")
