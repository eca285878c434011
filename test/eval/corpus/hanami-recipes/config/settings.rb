# frozen_string_literal: true

module Recipes
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String, default: "postgres://recipes:Zo2rU6Ao7hTSN3Nzqn4d@recipes-db.internal/recipes" # tfl-eval: hardcoded-credential, hardcoded-backing-service
    setting :session_secret, constructor: Types::String, default: "7efed16f12ea29e5c6db17ed2ad079caf19d485b525d64499efa7f8e128dd9dd" # tfl-eval: hardcoded-credential
    setting :spoonacular_api_key, constructor: Types::String.optional # tfl-eval-not: hardcoded-credential
    setting :mailer_password, constructor: Types::String, default: ENV.fetch("MAILER_PASSWORD", nil) # tfl-eval-not: hardcoded-credential
  end
end
