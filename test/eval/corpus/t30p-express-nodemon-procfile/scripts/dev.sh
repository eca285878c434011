#!/bin/sh
export NODE_ENV=development
exec npx nodemon src/server.js
