#!/bin/sh
# Container start: a cache beside the app, then the app.
redis-server --daemonize yes # tfl-eval: daemonized-process
exec node server.js
