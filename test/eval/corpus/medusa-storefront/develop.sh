#!/bin/bash

# Container entrypoint: migrate, then start the server.
medusa migrations run # tfl-eval: startup-migration

medusa start # tfl-eval: no-graceful-shutdown
