import os

here = os.path.dirname(__file__)


def local_db(filename):
    return f"sqlite:///{os.path.join(here, filename)}"


def mysql_url():
    return os.environ["DATABASE_URL"]


class DevConfig:
    SQLALCHEMY_DATABASE_URI = local_db("blog.sqlite")


class ProdConfig:
    SQLALCHEMY_DATABASE_URI = mysql_url()
