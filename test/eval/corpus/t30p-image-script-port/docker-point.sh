#!/bin/sh
# Servidor del contenedor: el puerto lo fija la imagen y lo mapea el orquestador.
exec gunicorn notes.wsgi -b 0.0.0.0:8181 --workers 2  # tfl-eval-not: hardcoded-port
