require 'roda'
require 'sequel'
require 'json'

DB = Sequel.connect(adapter: 'postgres', host: 'api-db.internal', database: 'api', user: 'api', password: 'ivKgPjoq4W%Xcky') # tfl-eval: hardcoded-credential, hardcoded-backing-service
REPORTS_DB = Sequel.connect('postgres://reports:rQlPyBpPMf#QptJ@reports-db.internal/reports') # tfl-eval: hardcoded-credential

class App < Roda
  plugin :json
  plugin :sessions, secret: '4cd0e54b78d8da2f0a39a4521b572f03b88305d22b0ad959bd5ff121446248652ad2147e6a7dbcb45067702df3338f62f0c98cfaeb54471a6e5a3fc4dfaed62f', key: 'api.session' # tfl-eval: hardcoded-credential
  plugin :halt

  use Rack::Auth::Basic, 'Admin' do |username, password|
    username == 'ops' && password == '8XTfqlbuBy!CG76' # tfl-eval: hardcoded-credential
  end

  route do |r|
    r.on 'login' do
      r.post do
        user = DB[:users].first(email: r.params['email'])
        r.halt(401, { error: 'bad password' }) unless user # tfl-eval-not: hardcoded-credential
        session['user_id'] = user[:id]
        { ok: true }
      end
    end
  end
end
