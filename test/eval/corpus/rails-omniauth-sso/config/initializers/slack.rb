# frozen_string_literal: true

Slack.configure do |config|
  config.token = ENV.fetch("SLACK_BOT_TOKEN") { "xoxb-310688698156-9261519389871-7e9QdLedTAksWB7xcFSUeGjt" } # tfl-eval: hardcoded-credential
end

Rails.application.config.x.audit_webhook_secret = ENV["AUDIT_WEBHOOK_SECRET"] || "d336c29568363ff29ddbda895ed2575a" # tfl-eval: hardcoded-credential
Rails.application.config.x.audit_channel = "#sso-audit"
