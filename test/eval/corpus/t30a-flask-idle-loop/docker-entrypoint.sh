#!/bin/sh
# Keeps the container up for `docker exec -it notes flask shell`.
set -e
pip install -r /app/requirements.txt
while :; do
  sleep 60
done
