import os

from waitress import serve

from journal import create_app

if __name__ == "__main__":
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))  # tfl-eval: no-graceful-shutdown
