# -*- coding: utf-8 -*-
"""Unit and functional test suite for partscatalog."""
from os import getcwd

from paste.deploy import loadapp
from webtest import TestApp
from gearbox.commands.setup_app import SetupAppCommand
from tg import config

from partscatalog import model

application_name = 'main_without_authn'


def run_app_setup():
    cmd = SetupAppCommand(Bunch(options=Bunch(verbose_level=1)), Bunch())
    cmd.run(Bunch(config_file='config:test.ini', section_name=None))


class TestController(object):
    application_under_test = application_name

    def setUp(self):
        conf_dir = config.get('here', getcwd())
        wsgiapp = loadapp('config:test.ini#%s' % self.application_under_test, relative_to=conf_dir)
        self.app = TestApp(wsgiapp)
        run_app_setup()

    def tearDown(self):
        model.DBSession.remove()
        model.metadata.drop_all(bind=config['tg.app_globals'].sa_engine)
