#!/bin/sh
set -e
bundle exec rails db:structure:load # tfl-eval: startup-migration
exec bundle exec puma -C config/puma.rb
