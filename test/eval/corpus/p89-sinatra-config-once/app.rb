require "sinatra/base"
require "redis"

class StatusApp < Sinatra::Base
  # Set once while the class loads, the same for every request and every process.
  @@started_at = Time.now.utc # tfl-eval-not: memory-session-store
  $stdout.sync = true

  configure do
    set :redis, Redis.new(url: ENV.fetch("REDIS_URL"))
  end

  get "/status" do
    content_type :json
    { started_at: @@started_at.iso8601, queued: settings.redis.llen("jobs") }.to_json
  end

  post "/notice" do
    settings.redis.set("notice:#{session[:id]}", params[:text])
    @notice = params[:text] # tfl-eval-not: memory-session-store
    redirect "/status"
  end
end
