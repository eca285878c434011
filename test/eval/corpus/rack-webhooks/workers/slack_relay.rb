require "sidekiq"
require "slack-ruby-client"

class SlackRelay
  include Sidekiq::Job

  def perform(channel, text)
    client = Slack::Web::Client.new(token: "VRjWtxGVUeJaiCTjFMPDBh5ej67gpP1D54Pey5Er") # tfl-eval: hardcoded-credential
    client.chat_postMessage(channel: channel, text: text)
  end
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:EXLoCH486I1b2lvnewje@queue.internal:6379/0" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end
