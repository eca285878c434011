from flask import Flask, session

admin = Flask("admin")
admin.secret_key = "secret_key"  # tfl-eval: hardcoded-credential


def lookup(settings):
    # The key's name, used as a name: a lookup in the settings mapping.
    return settings.get("secret_key")  # tfl-eval-not: hardcoded-credential
