module Pager
  module Settings
    REDIS_URL = ENV.fetch("REDIS_URL", "redis://redis:6379/2") # tfl-eval-not: hardcoded-backing-service
    SESSION_SECRET = ENV.fetch("SESSION_SECRET") { "pager_session_secret" } # tfl-eval: hardcoded-credential
    COOKIE_NAME = ENV.fetch("COOKIE_NAME", "pager_session")
  end
end
