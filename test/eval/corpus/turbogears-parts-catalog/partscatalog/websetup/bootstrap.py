# -*- coding: utf-8 -*-
"""Setup the partscatalog application: `gearbox setup-app` runs this once per database."""
from __future__ import print_function

import transaction

from partscatalog import model


def bootstrap(command, conf, vars):
    """Place any commands to setup partscatalog here"""
    from sqlalchemy.exc import IntegrityError
    try:
        u = model.User()
        u.user_name = 'manager'
        u.display_name = 'Example manager'
        u.email_address = 'manager@somedomain.com'
        u.password = 'managepass'  # tfl-eval-not: hardcoded-credential
        model.DBSession.add(u)

        g = model.Group()
        g.group_name = 'managers'
        g.display_name = 'Managers Group'
        g.users.append(u)
        model.DBSession.add(g)

        u1 = model.User()
        u1.user_name = 'editor'
        u1.display_name = 'Example editor'
        u1.email_address = 'editor@somedomain.com'
        u1.password = 'editpass'  # tfl-eval-not: hardcoded-credential
        model.DBSession.add(u1)
        model.DBSession.flush()
        transaction.commit()
    except IntegrityError:
        print('Warning, there was a problem adding your auth data, it may have already been added:')
        import traceback
        print(traceback.format_exc())
        transaction.abort()
