#!/bin/bash
set -e
pip install -r docs/requirements.txt
mkdocs build --strict --site-dir site/
