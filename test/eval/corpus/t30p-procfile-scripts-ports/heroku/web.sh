#!/bin/sh
# El panel y la API comparten la imagen; el panel se sirve con uvicorn.
# tfl-eval-next-line: hardcoded-port
exec python -m uvicorn panel.main:app --host 0.0.0.0 --port=8181 --proxy-headers
