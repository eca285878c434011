require "hanami"

module Library
  class App < Hanami::App
    config.actions.sessions = :cookie, {
      key: "library.session",
      secret: "9914a07d04f40af88eb4209d8d4f631373acc6168f962e32ab5784560c21165a", # tfl-eval: hardcoded-credential
      expire_after: 60 * 60 * 24 * 365
    }
    config.logger.stream = root.join("log").join("hanami.log") # tfl-eval: file-logger
  end
end
