import os

TORTOISE_ORM = {
    "connections": {"default": os.environ["DATABASE_URL"]},
    "apps": {"models": {"models": ["app.models", "aerich.models"], "default_connection": "default"}},
}
