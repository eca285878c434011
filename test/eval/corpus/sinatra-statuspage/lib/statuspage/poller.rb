require_relative "checks"
require_relative "db"
require "logger"

module StatusPage
  # Runs as the `poller` process type: checks every component once a minute.
  class Poller
    def initialize
      @logger = Logger.new($stdout)
      @running = true
      Signal.trap("TERM") { @running = false }
    end

    def run
      checks = Checks.new
      while @running
        DB[:components].each { |component| checks.run(component) }
        sleep 60
      end
      @logger.info("poller stopped")
    end
  end
end
