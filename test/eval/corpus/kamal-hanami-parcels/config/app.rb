require "hanami"

module Parcels
  class App < Hanami::App
    config.actions.sessions = :cookie, { key: "parcels.session", secret: settings.session_secret, expire_after: 3600 }
    config.logger.stream = $stdout
  end
end
