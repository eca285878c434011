#!/bin/sh
set -e
piccolo migrations forwards all # tfl-eval: startup-migration
exec python -m helpdesk.server
