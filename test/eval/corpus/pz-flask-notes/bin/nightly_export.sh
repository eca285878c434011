#!/bin/sh
cd /srv/notes
. venv/bin/activate
flask --app wsgi export-notes --out exports/
