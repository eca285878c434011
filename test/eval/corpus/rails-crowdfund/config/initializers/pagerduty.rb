# Pages the on-call engineer when a payout batch fails.
require "pagerduty"

PAGERDUTY = PagerDuty::Connection.new("DRrETmimiC8pvlNlRx1U") # tfl-eval: hardcoded-credential
PAGERDUTY_SERVICE_KEY = ENV["PAGERDUTY_SERVICE_KEY"] # tfl-eval-not: hardcoded-credential
