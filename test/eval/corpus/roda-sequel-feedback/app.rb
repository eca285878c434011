require "roda"
require "sequel"

DB = Sequel.connect("postgres://feedback-db.internal/feedback", user: ENV["DB_USER"], password: ENV["DB_PASSWORD"]) # tfl-eval: hardcoded-backing-service

class FeedbackApp < Roda
  plugin :common_logger, File.open(File.expand_path("log/access.log", __dir__), "a") # tfl-eval: file-logger
  plugin :sessions, secret: ENV.fetch("SESSION_SECRET") # tfl-eval-not: memory-session-store,hardcoded-credential
  plugin :json

  RATINGS = (1..5).to_a.freeze # tfl-eval-not: memory-session-store

  route do |r|
    r.post "feedback" do
      session["last_rating"] = r.params["rating"].to_i
      DB[:feedback].insert(rating: session["last_rating"], comment: r.params["comment"])
      { ok: true }
    end
  end
end
