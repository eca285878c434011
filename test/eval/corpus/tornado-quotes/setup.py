from setuptools import find_packages, setup

setup(
    name="quotes",
    version="1.0.3",
    packages=find_packages(exclude=["tests"]),
    install_requires=["tornado>=6.4", "motor>=3.4"],
)
