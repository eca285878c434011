#!/bin/bash
kill "$(cat uvicorn.pid)" && rm -f uvicorn.pid
