import os

from shop import create_app

app = create_app()

if __name__ == "__main__":
    # Listen where the platform says.
    app.run(host="0.0.0.0", port=int(os.environ["PORT"]), debug=True)  # tfl-eval: runtime-build-step
