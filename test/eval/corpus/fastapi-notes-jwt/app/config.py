SECRET_KEY = "your_secret_key"  # tfl-eval: hardcoded-credential
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30
DATABASE_URL = "sqlite:///./notes.db"
