require "faraday"
require "json"

module Notifier
  class Slack
    WEBHOOK = "https://hooks.slack.com/services/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" # tfl-eval: hardcoded-credential

    def ping(text)
      Faraday.post(WEBHOOK, { text: text }.to_json, "Content-Type" => "application/json")
    end
  end
end
