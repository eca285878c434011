require "slack-ruby-client"

Slack.configure do |config|
  config.token = ENV["SLACK_API_TOKEN"] # tfl-eval-not: hardcoded-credential
end

class SlackNotifier
  def initialize(channel = "#helpdesk")
    @channel = channel
    @client = Slack::Web::Client.new
  end
end
