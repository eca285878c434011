require "cuba"
require "cuba/safe"
require "sequel"
require "rack/protection"

DB = Sequel.connect("postgres://cuba_api:3eNAmsO2AVq4u6mBTWGE@api-db.internal/cuba_api") # tfl-eval: hardcoded-credential, hardcoded-backing-service

Cuba.use Rack::Session::Cookie, key: "_cuba_api", secret: "6205470e9e5000a1bc898305a8ee6cbbd4faa1e819d366f48b8040a3a6ce3362" # tfl-eval: hardcoded-credential
Cuba.use Rack::Protection
Cuba.plugin Cuba::Safe

API_KEYS = DB[:api_keys].select_map(:digest) # tfl-eval-not: hardcoded-credential

Cuba.define do
  on get, "health" do
    res.write "ok"
  end

  on post, "login" do
    on param("email"), param("password") do |email, password| # tfl-eval-not: hardcoded-credential
      user = DB[:users].first(email: email)
      if user && BCrypt::Password.new(user[:password_digest]) == password # tfl-eval-not: hardcoded-credential
        session[:user_id] = user[:id]
        res.write "welcome"
      else
        res.status = 401
        res.write "invalid email or password" # tfl-eval-not: hardcoded-credential
      end
    end
  end
end
