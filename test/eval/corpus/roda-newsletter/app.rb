require 'roda'
require 'sequel'
require_relative 'lib/mailer'

DB = Sequel.connect(ENV.fetch('DATABASE_URL') { 'postgres://newsletter:RxxMa6v83EUbT04E@localhost/newsletter' }) # tfl-eval: hardcoded-credential

class App < Roda
  plugin :sessions, secret: 'siMxlbef86t1aIzrHNKiql04wdmZjfoGQM2lYk7pkYwAWw9xa1f2+2gFdsZzp8SS' # tfl-eval: hardcoded-credential
  plugin :route_csrf
  plugin :render, escape: true

  ADMIN_USER = 'editor'.freeze
  ADMIN_PASS = 'Harbor0554#30k'.freeze # tfl-eval: hardcoded-credential

  route do |r|
    r.on 'admin' do
      auth = Rack::Auth::Basic::Request.new(r.env)
      unless auth.provided? && auth.credentials == [ADMIN_USER, ADMIN_PASS]
        response['WWW-Authenticate'] = 'Basic realm="Newsletter"' # tfl-eval-not: hardcoded-credential
        r.halt 401
      end
      view 'admin'
    end
  end
end
