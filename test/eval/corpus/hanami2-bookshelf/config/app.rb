# frozen_string_literal: true

require "hanami"

module Bookshelf
  class App < Hanami::App
    config.actions.sessions = :cookie, {
      key: "bookshelf.session",
      secret: settings.session_secret,
      expire_after: 60 * 60 * 24 * 365
    }
    # Librarians grep the log on the box when a loan goes missing.
    config.logger.stream = root.join("log").join("bookshelf.log") # tfl-eval: file-logger
    config.logger.format = :json
  end
end
