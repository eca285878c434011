require 'roda'
require 'sequel'
require 'rodauth'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

class App < Roda
  plugin :sessions, secret: 'NEkhF039IE12+gof84eig+93fzbQmjr1FEBm2cPz4c7zdU1MiWP+YFkl0RKzGlbe5UtnCCUGH7BME+vlYBpF+8==' # tfl-eval: hardcoded-credential
  plugin :rodauth do
    enable :login, :logout, :create_account, :verify_account, :reset_password, :otp
    hmac_secret 'b2e3a3c731262a0dfe089be034c059c42dc61d0e8293da063ca2c639f385a634' # tfl-eval: hardcoded-credential
    account_password_hash_column :password_hash
    password_minimum_length 10
    login_error_flash 'There was an error logging in: wrong email or password' # tfl-eval-not: hardcoded-credential
    email_from 'no-reply@ledgerly.example'
  end

  route do |r|
    r.rodauth
    rodauth.require_authentication
    r.root { view 'dashboard' }
  end
end
