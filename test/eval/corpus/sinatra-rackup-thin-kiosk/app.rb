require 'sinatra/base'
require 'sequel'
require 'logger'

class KioskApp < Sinatra::Base
  DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

  configure do
    set :logging, true
    use Rack::CommonLogger, Logger.new($stdout)
  end

  get '/menu' do
    content_type :json
    DB[:menu_items].where(available: true).order(:position).all.to_json
  end

  post '/orders' do
    DB[:orders].insert(items: params[:items].to_s, placed_at: Time.now)
    status 201
  end
end
