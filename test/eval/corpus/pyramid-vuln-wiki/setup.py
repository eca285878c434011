from setuptools import find_packages, setup

setup(
    name="wiki",
    packages=find_packages(),
    install_requires=["pyramid", "pyramid_tm", "SQLAlchemy", "waitress", "bcrypt"],
    extras_require={"testing": ["pytest", "WebTest"]},
    entry_points={"paste.app_factory": ["main = wiki:main"], "console_scripts": ["initialize_wiki_db = wiki.scripts.initialize_db:main"]},
)
