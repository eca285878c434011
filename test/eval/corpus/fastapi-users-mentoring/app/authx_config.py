from authx import AuthX, AuthXConfig

config = AuthXConfig(
    JWT_ALGORITHM="HS256",
    JWT_SECRET_KEY="J7benhigzvnxvYaeFYOblkiPyBbFgNhDdKIzymiyfZKlM2Ft",  # tfl-eval: hardcoded-credential
    JWT_TOKEN_LOCATION=["headers"],
)
auth = AuthX(config=config)
