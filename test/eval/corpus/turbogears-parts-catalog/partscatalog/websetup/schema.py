# -*- coding: utf-8 -*-
"""Setup the partscatalog application: run by `gearbox setup-app`, a one-off command."""
from __future__ import print_function

import transaction


def setup_schema(command, conf, vars):
    """Place any commands to setup partscatalog here"""
    from partscatalog import model
    print("Creating tables")
    model.metadata.create_all(bind=conf['tg.app_globals'].sa_engine)  # tfl-eval-not: startup-migration
    transaction.commit()
