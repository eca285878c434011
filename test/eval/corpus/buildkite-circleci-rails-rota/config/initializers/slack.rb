# Posts shift changes to the team channel.
Rails.application.config.x.slack = ActiveSupport::OrderedOptions.new.tap do |slack|
  slack.webhook_url = ENV.fetch("SLACK_WEBHOOK_URL", nil) # tfl-eval-not: hardcoded-credential
  slack.channel = "#rota"
  slack.username = "Rota bot"
end
