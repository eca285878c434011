module AdminKit
  class Configuration
    attr_accessor :session_timeout, :encryption_key, :audit_log

    def initialize
      @session_timeout = 30.minutes
      @encryption_key = ENV.fetch("ADMIN_KIT_ENCRYPTION_KEY", nil)
      @audit_log = Rails.root.join("log", "admin_audit.log")
    end
  end
end
