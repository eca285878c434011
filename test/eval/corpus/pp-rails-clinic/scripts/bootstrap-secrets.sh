#!/bin/sh
# One-off: writes fresh keys into the deploy's .env; run it once when the environment is created.
set -eu
{
  echo "SECRET_KEY_BASE=$(openssl rand -hex 64)"
  echo "DEVISE_JWT_SECRET_KEY=$(openssl rand -hex 64)"
} >> .env.production
