# -*- coding: utf-8 -*-
from partscatalog.tests import TestController


class TestAuthentication(TestController):
    application_under_test = 'main'

    def test_logging_in(self):
        resp = self.app.get('/login_handler?came_from=/', status=302)
        form = self.app.get('/login').form
        form['login'] = 'manager'
        form['password'] = 'managepass'  # tfl-eval-not: hardcoded-credential
        post_login = form.submit(status=302)
        assert post_login.location.startswith('http://localhost/post_login')
