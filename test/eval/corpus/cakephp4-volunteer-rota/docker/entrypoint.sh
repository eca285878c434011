#!/bin/sh
set -e
bin/cake migrations migrate # tfl-eval: startup-migration
exec apache2-foreground
