require 'slack-ruby-client'
require 'octokit'

module Notifier
  Slack.configure do |config|
    config.token = 'xoxb-309932887289-9780123060295-KeuRaWK27uxiRCfQFK7saAM5' # tfl-eval: hardcoded-credential
  end

  def self.github
    @github ||= Octokit::Client.new(access_token: ENV['GITHUB_TOKEN']) # tfl-eval-not: hardcoded-credential
  end

  def self.pagerduty
    PagerDuty::Connection.new('2W6v5i_oON3kqSgnmpbG') # tfl-eval: hardcoded-credential
  end
end
