import os

DEBUG = False
SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
JWT_SECRET = "your-jwt-secret"  # tfl-eval: hardcoded-credential
TOKEN_SEED = "R7pXk2Vm9Lq4Wt8Z"  # tfl-eval: hardcoded-credential
JWT_ALGORITHM = "HS256"
