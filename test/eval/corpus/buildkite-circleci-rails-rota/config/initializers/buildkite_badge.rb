# The README badge key is public: Buildkite shows it in every badge URL.
BUILDKITE_BADGE_URL = "https://badge.buildkite.com/3b9e1f7c5a2d8e4b6f0a1c3e5d7b9f2a4c6e8d0b1f3a5c7e9d.svg?branch=main" # tfl-eval-not: hardcoded-credential

# Agent token for the self-hosted macOS agents, registered by the rota:agents task.
BUILDKITE_AGENT_TOKEN = "bkua_31ca1d0bb1a4105fd86cd235cd4a70a69a95aaad" # tfl-eval: hardcoded-credential
