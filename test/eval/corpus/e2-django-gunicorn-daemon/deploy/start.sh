#!/bin/bash
cd /srv/shop
source venv/bin/activate
exec gunicorn shop.wsgi:application -c deploy/gunicorn.conf.py
