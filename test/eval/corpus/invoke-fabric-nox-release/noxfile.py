import nox


@nox.session
def release(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run("twine", "upload", "--repository-url", "https://pypi.acme.internal/", "-u", "ci", "-p", "Gk7Nw3Qz8Lr2Vx5T", "dist/*")  # tfl-eval: hardcoded-credential
    session.run("twine", "upload", "-u", "__token__", "-p", session.env.get("PYPI_TOKEN", ""), "dist/*")  # tfl-eval-not: hardcoded-credential


@nox.session
def tests(session):
    session.install("pytest")
    session.run("pytest", env={"DATABASE_PASSWORD": "test"})  # tfl-eval-not: hardcoded-credential
