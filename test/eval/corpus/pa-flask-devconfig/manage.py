import argparse
import os

from recipes import create_app


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "5000")))
    args = parser.parse_args()
    if args.debug:
        os.environ.setdefault("API_TOKEN", "debug-api-token")  # tfl-eval-not: hardcoded-credential
        os.environ.setdefault("DATABASE_URL", "postgresql://recipes:recipes@localhost/recipes")  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service
    app = create_app("development" if args.debug else "production")
    app.run(host="0.0.0.0", port=args.port, debug=args.debug)


if __name__ == "__main__":
    main()
