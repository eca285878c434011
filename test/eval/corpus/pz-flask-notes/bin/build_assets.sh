#!/bin/sh
set -e
npm ci
npx tailwindcss -i notes/static/src.css -o notes/static/app.css --minify
