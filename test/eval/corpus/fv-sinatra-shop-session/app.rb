require "sinatra/base"
require "sequel"

class ShopApp < Sinatra::Base
  DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

  configure do
    enable :sessions
    set :session_secret, "corner_shop_session_secret_key" # tfl-eval: hardcoded-credential
    set :views, File.join(__dir__, "views")
  end

  get "/cart" do
    session[:cart] ||= []
    erb :cart
  end
end
