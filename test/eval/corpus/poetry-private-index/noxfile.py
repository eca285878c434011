import nox


@nox.session(python="3.12")
def tests(session):
    session.install("-e", ".", "pytest")
    session.run("pytest", env={"INGEST_API_TOKEN": "test-token"})  # tfl-eval-not: hardcoded-credential


@nox.session
def publish(session):
    session.install("twine")
    session.run("twine", "upload", "-u", "__token__", "-p", "snwWd3!XIENe#R906", "dist/*")  # tfl-eval: hardcoded-credential
