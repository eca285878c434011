require "sinatra/base"
require "sinatra/activerecord"
require "sinatra/json"
require_relative "lib/term"
require_relative "lib/archive"

class GlossaryApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  configure do
    set :logging, true
    set :default_content_type, :json
  end

  configure :development do
    require "sinatra/reloader"
    register Sinatra::Reloader
    set :database, { adapter: "sqlite3", database: "db/glossary_development.sqlite3" } # tfl-eval: dev-prod-divergence
  end

  configure :test do
    set :database, { adapter: "sqlite3", database: ":memory:" } # tfl-eval-not: dev-prod-divergence
  end

  configure :production do
    set :database, { adapter: "postgresql", url: ENV.fetch("DATABASE_URL"), pool: ENV.fetch("DB_POOL", 5).to_i }
  end

  configure :staging do
    set :show_exceptions, false
  end

  get "/terms/:slug" do
    term = Term.find_by!(slug: params[:slug])
    json term.as_json(only: %i[slug title body])
  end

  get "/archive/:year" do
    json Archive.entries_for(params[:year].to_i)
  end
end
