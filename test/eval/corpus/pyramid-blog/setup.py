from setuptools import setup

setup(
    name="blog",
    install_requires=["pyramid", "pyramid_jinja2", "sqlalchemy", "waitress"],
    entry_points={"paste.app_factory": ["main = blog:main"]},
)
