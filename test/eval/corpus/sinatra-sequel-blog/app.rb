require "sinatra/base"
require "sequel"
require "logger"
require "rack/session"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
Sequel.extension :migration
Sequel::Migrator.run(DB, File.join(__dir__, "db", "migrations")) # tfl-eval: startup-migration

class Blog < Sinatra::Base
  LOG = Logger.new(File.join(__dir__, "log", "blog.log"), "daily") # tfl-eval: file-logger

  use Rack::Session::Pool, expire_after: 2_592_000 # tfl-eval: memory-session-store

  configure :development do
    set :show_exceptions, true
  end

  # Drafts being edited, per author, until they are saved.
  @@drafts = {} # tfl-eval: memory-session-store

  get "/health" do
    "ok"
  end

  get "/posts" do
    DB[:posts].reverse_order(:published_at).limit(20).all.to_json
  end

  put "/drafts/:id" do
    @@drafts[params[:id]] = request.body.read
    LOG.info("draft #{params[:id]} updated")
    204
  end
end
