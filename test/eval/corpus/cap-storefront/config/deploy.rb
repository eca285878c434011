# config valid for current version and patch releases of Capistrano
lock "~> 3.18.0"

set :application, "storefront"
set :repo_url, "https://deploy-bot:ghp_VVQJV34C8qyjZU10ik2SKlgxpmtHaqXLELHQ@github.com/acme/storefront.git" # tfl-eval: hardcoded-credential
set :branch, ENV.fetch("BRANCH", "main")
set :deploy_to, "/var/www/storefront"

append :linked_files, "config/master.key", "config/database.yml" # tfl-eval-not: hardcoded-credential
append :linked_dirs, "log", "tmp/pids", "tmp/cache", "public/system"

set :keep_releases, 5
set :slackistrano, {
  channel: "#deploys",
  webhook: "https://hooks.slack.com/services/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" # tfl-eval: hardcoded-credential
}

set :honeybadger_api_key, "hbp_aPvPKYf2trIqhB63iSUFdj6YZLfZlizLhdk2" # tfl-eval: hardcoded-credential
set :passenger_restart_with_touch, true
