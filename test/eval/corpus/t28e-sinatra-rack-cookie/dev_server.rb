require 'sinatra/base'

class DevPreview < Sinatra::Base
  configure :development do
    enable :sessions # tfl-eval-not: per-process-secret
  end
end
