require "cucumber/rails"

ActionController::Base.allow_rescue = false
DatabaseCleaner.strategy = :transaction
ENV["LIBRARY_API_TOKEN"] ||= "cucumber-api-token" # tfl-eval-not: hardcoded-credential
