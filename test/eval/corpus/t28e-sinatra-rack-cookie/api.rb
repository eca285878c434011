require 'sinatra/base'

class TrackerApi < Sinatra::Base
  set :sessions, key: 'tracker.api', secret: ENV.fetch('API_SESSION_SECRET') # tfl-eval-not: per-process-secret
  disable :sessions if ENV['STATELESS']

  get '/events' do
    '[]'
  end
end
