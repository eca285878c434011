from setuptools import find_packages, setup

setup(
    name="directory",
    packages=find_packages(),
    install_requires=["pyramid", "waitress", "ldap3", "hvac", "snowflake-connector-python", "slack_sdk", "SQLAlchemy", "psycopg2-binary", "firebase-admin"],
    entry_points={"paste.app_factory": ["main = directory:main"]},
)
