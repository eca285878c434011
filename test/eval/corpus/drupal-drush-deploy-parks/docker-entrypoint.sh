#!/bin/bash
set -euo pipefail

cd /opt/drupal

vendor/bin/drush status --fields=bootstrap
# Database updates, config import and cache rebuild in one step.
vendor/bin/drush deploy -y # tfl-eval: startup-migration
vendor/bin/drush cr

exec "$@"
