require "net/http"
require "json"

module SlackNotifier
  WEBHOOK = URI("https://hooks.slack.com/services/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") # tfl-eval: hardcoded-credential
  FAILED_LOGIN_TEXT = "Invoice sync failed: wrong password for the ERP user" # tfl-eval-not: hardcoded-credential

  def self.post(text)
    Net::HTTP.post(WEBHOOK, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
