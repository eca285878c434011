require "bundler/capistrano"
load "config/recipes/mysql"

set :application, "shop"
set :user, "deployer"
set :deploy_to, "/home/#{user}/apps/#{application}"
set(:smtp_password) { "Yb6tNc3QwZ8mKr1D" } # tfl-eval: hardcoded-credential
set(:newrelic_license) { ENV.fetch("NEW_RELIC_LICENSE_KEY") } # tfl-eval-not: hardcoded-credential
set :branch, "master"
