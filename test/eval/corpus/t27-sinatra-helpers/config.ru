require 'securerandom'
require_relative 'app'

module SessionSetup
  def self.apply(builder)
    builder.use Rack::Session::Cookie, key: 'rack.session', secret: SecureRandom.hex(64) # tfl-eval: per-process-secret
  end

  def self.token_for(_user)
    SecureRandom.urlsafe_base64(24) # tfl-eval-not: per-process-secret
  end
end

SessionSetup.apply(self)
run NotesApp
