import logging

# This is a minimal configuration to get you started with the Slack backend.
BACKEND = 'SlackV3'

BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'

BOT_LOG_FILE = None
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-389356018586-7879907635988-oWaJKZR0GuwvJIOgtxvkyH73',  # tfl-eval: hardcoded-credential
    'signing_secret': '329d55f6ce94e8493d94a313fe7ac0fe',  # tfl-eval: hardcoded-credential
    'app_token': 'xapp-1-A0YEZYPQPCZ-8731294149808-1f96c155f97b8c522a5eedabaff0d518edb37949007dd7172b99fc72fa216ff2',  # tfl-eval: hardcoded-credential
}

BOT_ADMINS = ('@maria.ops', '@jonas.sre')
CHATROOM_PRESENCE = ()
BOT_PREFIX = '!'
BOT_ALT_PREFIXES = ('errbot',)
