module Library
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String
    setting :openlibrary_api_key, default: "x4e7GKQLjif6ywxsWmqdi3OKVuMw79Iz", constructor: Types::String # tfl-eval: hardcoded-credential
    setting :session_secret, constructor: Types::String # tfl-eval-not: hardcoded-credential
  end
end
