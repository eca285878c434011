from setuptools import find_packages, setup

setup(
    name="corp.intranet",
    version="1.3.0",
    packages=find_packages("src"),
    package_dir={"": "src"},
    install_requires=["Plone>=6.0", "plone.api"],
)
