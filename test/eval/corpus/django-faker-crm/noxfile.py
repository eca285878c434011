import nox


@nox.session(python=["3.11", "3.12"])
def tests(session):
    session.install("-r", "requirements-dev.txt")
    session.env["DJANGO_SETTINGS_MODULE"] = "crmsite.settings"
    session.env["DATABASE_URL"] = "postgres://crm:crm-nox-pw@localhost:5432/crm_test"  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service
    session.env["SECRET_KEY"] = "nox-only-secret-key"  # tfl-eval-not: hardcoded-credential
    session.run("pytest", *session.posargs)


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", ".")
