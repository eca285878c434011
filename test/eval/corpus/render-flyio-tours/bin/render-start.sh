#!/usr/bin/env bash
set -o errexit
bundle exec rails db:migrate # tfl-eval: startup-migration
exec bundle exec puma -C config/puma.rb
