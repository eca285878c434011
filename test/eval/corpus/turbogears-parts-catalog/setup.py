# -*- coding: utf-8 -*-
from setuptools import setup, find_packages

install_requires = [
    "TurboGears2 >= 2.4.3",
    "Beaker >= 1.8.0",
    "Kajiki >= 0.6.3",
    "zope.sqlalchemy >= 1.2",
    "SQLAlchemy",
    "tw2.forms",
    "gearbox",
]

setup(
    name='partscatalog',
    version='0.1',
    packages=find_packages(exclude=['ez_setup']),
    install_requires=install_requires,
    entry_points={
        'paste.app_factory': ['main = partscatalog.config.middleware:make_app'],
        'gearbox.plugins': ['turbogears-devtools = tg.devtools'],
    },
)
