import argparse
import sys

from pyramid.paster import bootstrap, setup_logging

from wiki import models


def setup_models(dbsession):
    editor = models.User(name="editor", role="editor")
    editor.set_password("editor-wiki-pw")  # tfl-eval-not: hardcoded-credential
    basic = models.User(name="basic", role="basic")
    basic.set_password("basic")
    dbsession.add_all([editor, basic, models.Page(name="FrontPage", data="This is the front page", creator=editor)])


def main(argv=sys.argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("config_uri")
    args = parser.parse_args(argv[1:])
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    with env["request"].tm:
        setup_models(env["request"].dbsession)
