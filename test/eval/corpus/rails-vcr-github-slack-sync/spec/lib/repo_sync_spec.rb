require "spec_helper"
require "repo_sync"

RSpec.describe RepoSync, :vcr do
  around do |example|
    ClimateControl.modify(GITHUB_TOKEN: "test-github-token", SLACK_BOT_TOKEN: "xoxb-test-token") { example.run } # tfl-eval-not: hardcoded-credential
  end

  it "reports stale private repositories", vcr: { cassette_name: "github/org_repos" } do
    slack = instance_double(Slack::Web::Client, chat_postMessage: true)
    stale = described_class.new(slack: slack).call("acme-corp")
    expect(stale.map(&:name)).to eq(["legacy-billing"])
  end

  it "posts to slack", vcr: { cassette_name: "slack/post_message" } do
    github = instance_double(Octokit::Client, org_repos: [])
    described_class.new(github: github).call("acme-corp")
  end
end
