#!/usr/bin/env zsh
# sourced by developers: source scripts/dev.zsh
# tfl-eval-next-line: hardcoded-credential
export GITHUB_TOKEN=ghp_7u1qDINgQrvBbJevulQpO1efaGugQPjwXquv
# tfl-eval-next-line: hardcoded-credential
export NOTIFY_DB_PASS=nW7QcCtuLQlOEZXV
export GOPRIVATE=github.com/acme/*
