# -*- coding: utf-8 -*-
"""The application's model objects"""
from sqlalchemy.orm import scoped_session, sessionmaker
from sqlalchemy.ext.declarative import declarative_base
from zope.sqlalchemy import register

maker = sessionmaker(autoflush=True, autocommit=False)
DBSession = scoped_session(maker)
register(DBSession)
DeclarativeBase = declarative_base()
metadata = DeclarativeBase.metadata


def init_model(engine):
    """Call me before using any of the tables or classes in the model."""
    DBSession.configure(bind=engine)
    return DBSession


from partscatalog.model.auth import User, Group, Permission  # noqa
from partscatalog.model.part import Part  # noqa
