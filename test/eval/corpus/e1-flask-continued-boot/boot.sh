#!/bin/bash
source venv/bin/activate
echo "starting microblog" && \
  flask db upgrade && \
  echo "database upgraded"
echo "compiling" && \
  flask assets build
exec gunicorn -b :5000 --access-logfile - --error-logfile - microblog:app
