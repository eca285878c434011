# frozen_string_literal: true

require "octokit"

class ReleaseNotes
  def initialize
    @client = Octokit::Client.new(access_token: "ghp_iSKFkqM5rVAyUFxH0ELgt2FkRydmbGv2FcY5") # tfl-eval: hardcoded-credential
    @slack = Slack::Web::Client.new(token: "xoxb-840898289401-9016790398916-WeIajJLXPT8DvQE3VsEv2zgi") # tfl-eval: hardcoded-credential
  end

  def publish(repo, tag)
    release = @client.release_for_tag(repo, tag)
    @slack.chat_postMessage(channel: "#releases", text: "#{repo} #{tag}: #{release.html_url}")
  end
end
