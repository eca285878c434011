#!/bin/bash
cd "$(dirname "$0")"
source .venv/bin/activate
# tfl-eval-next-line: daemonized-process, file-logger
nohup uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers 2 > uvicorn.log 2>&1 &
echo $! > uvicorn.pid
