AUTHOR = "Priya Raman"
SITENAME = "Notes on distributed systems"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en"

FEED_ALL_ATOM = None
DEFAULT_PAGINATION = 10
THEME = "themes/flex"

DISQUS_SITENAME = "priya-notes"
GOOGLE_ANALYTICS = "G-WS1REKDL59"
PLUGINS = ["sitemap", "neighbors", "webmentions"]
