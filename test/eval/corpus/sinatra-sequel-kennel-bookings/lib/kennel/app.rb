require "sinatra/base"
require "sequel"

module Kennel
  class App < Sinatra::Base
    configure do
      enable :sessions
      set :session_secret, ENV.fetch("SESSION_SECRET") { "kennel_session_secret_" + "x" * 40 }
    end

    DB = Sequel.connect(
      adapter: "postgres",
      host: ENV.fetch("DB_HOST", "localhost"),
      database: "kennel_production",
      user: "kennel",
      password: "kennel_password" # tfl-eval: hardcoded-credential
    )

    LOGIN_FORM = { user_field: "kennel_user", password_field: "kennel_password" }.freeze

    get "/healthz" do
      DB.test_connection
      "ok"
    end
  end
end
