#!/bin/sh
set -e
# tfl-eval-next-line: startup-migration
/usr/local/bin/bookmarks-migrate
exec /usr/local/bin/bookmarks --bind "0.0.0.0:${PORT}"
