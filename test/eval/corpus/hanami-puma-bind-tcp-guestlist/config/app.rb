require "hanami"

module Guestlist
  class App < Hanami::App
    config.logger.stream = $stdout
  end
end
