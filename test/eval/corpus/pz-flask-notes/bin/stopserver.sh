#!/bin/sh
pkill -f "gunicorn.*wsgi:app"
