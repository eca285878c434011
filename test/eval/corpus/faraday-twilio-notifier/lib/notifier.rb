require_relative "notifier/sms"
require_relative "notifier/github"
require_relative "notifier/status_page"
require_relative "notifier/slack"

module Notifier
end
