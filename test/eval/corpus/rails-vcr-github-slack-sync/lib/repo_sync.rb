require "octokit"
require "slack-ruby-client"

class RepoSync
  def initialize(github: Octokit::Client.new(access_token: ENV.fetch("GITHUB_TOKEN")), slack: Slack::Web::Client.new(token: ENV.fetch("SLACK_BOT_TOKEN"))) # tfl-eval-not: hardcoded-credential
    @github = github
    @slack = slack
  end

  def call(org)
    repos = @github.org_repos(org, type: "private")
    stale = repos.select { |repo| repo.pushed_at < 90.days.ago }
    @slack.chat_postMessage(channel: "#eng-hygiene", text: "#{stale.size} stale repos in #{org}")
    stale
  end
end
