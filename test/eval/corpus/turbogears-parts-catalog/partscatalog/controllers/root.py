# -*- coding: utf-8 -*-
"""Main Controller"""
from tg import expose, flash, redirect, request, session, lurl
from tg.i18n import ugettext as _

from partscatalog.lib.base import BaseController
from partscatalog.model import DBSession, Part

__all__ = ['RootController']

# Part categories shown in the sidebar; fixed at import, the same for every visitor.
CATEGORIES = {'brk': 'Brakes', 'eng': 'Engine', 'sus': 'Suspension'}  # tfl-eval-not: memory-session-store


class RootController(BaseController):
    @expose('partscatalog.templates.index')
    def index(self):
        parts = DBSession.query(Part).order_by(Part.sku).limit(50).all()
        return dict(page='index', parts=parts, categories=CATEGORIES)

    @expose()
    def compare(self, sku):
        # The comparison list lives in the Beaker session, which production.ini configures.
        compared = session.get('compare', [])
        if sku not in compared:
            compared.append(sku)
        session['compare'] = compared
        session.save()
        flash(_('Part added to the comparison'))
        redirect(lurl('/compare_view'))

    @expose('partscatalog.templates.login')
    def login(self, came_from=lurl('/'), failure=None, login=''):
        if failure == 'user-not-found':
            flash(_('User not found'), 'error')
        elif failure == 'invalid-password':
            flash(_('Invalid Password'), 'error')  # tfl-eval-not: hardcoded-credential
        return dict(page='login', login=login, came_from=came_from)
