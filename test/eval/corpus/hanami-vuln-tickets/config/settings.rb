module Tickets
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String
    setting :session_secret, default: "hanami-tickets-session-secret-6f2a9c", constructor: Types::String # tfl-eval: hardcoded-credential
  end
end
