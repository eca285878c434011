#!/bin/sh
exec gunicorn admin.wsgi -b ":$PORT" --workers 1  # tfl-eval-not: hardcoded-port
