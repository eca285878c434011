require 'sinatra/base'
require 'sinatra/json'
require 'bcrypt'
require 'redis'
require 'stripe'
require_relative 'lib/carrier_client'

class ShippingApp < Sinatra::Base
  configure do
    enable :sessions
    set :session_secret, 'a05e1ca0210d88ee429460dffacf99f4ee4c238ee8de6d6a3c639fea771a51a4' # tfl-eval: hardcoded-credential
    set :redis, Redis.new(url: 'redis://:LuPPwKaxRpVirhVVkHaP@redis.shipping.internal:6379/0') # tfl-eval: hardcoded-credential, hardcoded-backing-service
    set :admin_password_min_length, 12 # tfl-eval-not: hardcoded-credential
  end

  Stripe.api_key = 'sk_live_5nnJDYObMTYCU5djXZ9qGUaX' # tfl-eval: hardcoded-credential

  helpers do
    def authenticate!(email, password)
      user = User.first(email: email)
      halt 401, json(error: 'invalid password') unless user && BCrypt::Password.new(user.password_digest) == password # tfl-eval-not: hardcoded-credential
      user
    end
  end

  post '/signup' do
    digest = BCrypt::Password.create(params[:password]) # tfl-eval-not: hardcoded-credential
    User.create(email: params[:email], password_digest: digest)
    json ok: true
  end

  post '/labels' do
    user = authenticate!(params[:email], params[:password])
    label = CarrierClient.new.create_label(params[:shipment_id])
    settings.redis.lpush("labels:#{user.id}", label.to_json)
    json label
  end
end
