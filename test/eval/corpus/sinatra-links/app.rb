require "sinatra/base"
require "sequel"
require "logger"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
Sequel.extension :migration
Sequel::Migrator.run(DB, File.expand_path("db/migrations", __dir__))  # tfl-eval: startup-migration

class LinksApp < Sinatra::Base
  configure do
    set :logger, ENV["LOG_STDOUT"] ? Logger.new($stdout) : Logger.new("log/links.log")  # tfl-eval: file-logger
    use Rack::Session::Pool, expire_after: 2_592_000  # tfl-eval: memory-session-store
  end

  configure :development do
    use Rack::CommonLogger, Logger.new($stderr)  # tfl-eval-not: file-logger
  end

  post "/login" do
    user = DB[:users].where(email: params[:email]).first
    halt 401 unless user
    session[:user_id] = user[:id]
    logger.info("login #{user[:id]}")
    redirect "/"
  end
end
