# frozen_string_literal: true

require "hanami"

module OrcidLinker
  class App < Hanami::App
    config.actions.content_security_policy[:script_src] = "'self' 'unsafe-eval'"

    environment(:development) do
      # Log to a file in development so the console stays readable
      config.logger.stream = root.join("log", "development.log")  # tfl-eval-not: file-logger  (development only)
      config.logger.level = :debug
    end

    environment(:test) do
      config.logger.stream = root.join("log", "test.log")
    end

    environment(:staging) do
      config.logger.stream = root.join("log", "staging.log")  # tfl-eval: file-logger
    end

    environment(:production) do
      config.logger.stream = $stdout
      config.logger.level = :info
    end
  end
end
