require "sinatra/base"
require "sequel"
require "yaml"

class LedgerApp < Sinatra::Base
  SETTINGS = YAML.safe_load(File.read(ENV.fetch("LEDGER_CONFIG", "/etc/ledger/app.yml")))

  configure do
    set :sessions, secret: ENV.fetch("SESSION_SECRET")
  end

  DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

  get "/health" do
    "ok"
  end

  get "/entries" do
    content_type :json
    DB[:entries].order(:posted_at).limit(50).all.to_json
  end
end
