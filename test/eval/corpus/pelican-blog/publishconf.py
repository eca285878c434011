import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

SITEURL = "https://notes.priyaraman.dev"
RELATIVE_URLS = False
FEED_ALL_ATOM = "feeds/all.atom.xml"
DELETE_OUTPUT_DIRECTORY = True

WEBMENTION_IO_TOKEN = "SK8RPQEkWPDDOfbms7_Kom"  # tfl-eval: hardcoded-credential
BUTTONDOWN_API_KEY = os.environ.get("BUTTONDOWN_API_KEY", "")  # tfl-eval-not: hardcoded-credential
