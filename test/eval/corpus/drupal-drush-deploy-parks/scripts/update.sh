#!/bin/bash
# Run by the CD pipeline as a Kubernetes Job after the image is pushed.
set -euo pipefail
vendor/bin/drush updatedb -y
vendor/bin/drush config:import -y
