import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    WTF_CSRF_ENABLED = True
    WTF_CSRF_SECRET_KEY = "Hn4qT8vLx2Rz7KpW3mYc9BdF" # tfl-eval: hardcoded-credential
    WTF_CSRF_TIME_LIMIT = 3600
