from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kennel.example.org"]
SECRET_KEY = "Nobody Walks The Kennel Dogs At Midnight"  # tfl-eval: hardcoded-credential
