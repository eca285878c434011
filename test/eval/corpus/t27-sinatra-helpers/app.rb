require 'sinatra/base'
require 'securerandom'

class NotesApp < Sinatra::Base
  def self.harden_sessions
    enable :sessions
    set :session_secret, SecureRandom.hex(64) # tfl-eval: per-process-secret
  end

  def self.local_sessions
    set :session_secret, SecureRandom.hex(32) # tfl-eval-not: per-process-secret
  end

  def self.reset_secret!
    set :session_secret, SecureRandom.hex(64) # tfl-eval-not: per-process-secret
  end

  harden_sessions

  configure :development do
    local_sessions
  end

  get '/' do
    'notes'
  end
end
