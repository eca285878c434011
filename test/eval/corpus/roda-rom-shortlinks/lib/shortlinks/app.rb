require "roda"
require "securerandom"
require "sequel"
require_relative "settings"
require_relative "logging"

module Shortlinks
  DB = Sequel.connect(Settings::DATABASE_URL)

  # Logged-in users by session token, for the link dashboard.
  SESSIONS = {} # tfl-eval: memory-session-store
  RESERVED = %w[admin login api].freeze

  class App < Roda
    plugin :json
    plugin :cookies

    route do |r|
      r.post "login" do
        user = DB[:users].where(email: r.params["email"]).first
        r.halt(401) unless user
        token = SecureRandom.urlsafe_base64(32)
        SESSIONS[token] = user[:id]
        response.set_cookie("sid", value: token, httponly: true, secure: true)
        { ok: true }
      end

      r.get String do |slug|
        r.halt(404) if RESERVED.include?(slug)
        link = DB[:links].where(slug: slug).first
        r.halt(404) unless link
        LOGGER.info("follow #{slug}")
        r.redirect link[:target], 301
      end
    end
  end
end
