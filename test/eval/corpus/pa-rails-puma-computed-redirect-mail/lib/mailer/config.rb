# frozen_string_literal: true

module Mailer
  module Config
    def self.log_root
      Pathname.new(ENV.fetch("LOG_ROOT", File.expand_path("../../log", __dir__)))
    end
  end
end
