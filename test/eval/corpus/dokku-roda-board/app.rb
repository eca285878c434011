require "roda"
require "sequel"
require "logger"

DB = Sequel.connect("postgres://board@pg.board.internal/board") # tfl-eval: hardcoded-backing-service
LOGGER = Logger.new("log/board.log", "weekly") # tfl-eval: file-logger

class App < Roda
  plugin :sessions, secret: ENV.fetch("SESSION_SECRET")
  plugin :render
  plugin :json

  # Cards a visitor has starred, until they sign up and we can store them.
  STARRED = Hash.new { |hash, key| hash[key] = [] } # tfl-eval: memory-session-store
  COLUMNS = %w[todo doing done].freeze

  route do |r|
    r.root do
      view "index", locals: { columns: COLUMNS }
    end

    r.on "cards", Integer do |card_id|
      r.post "star" do
        STARRED[session["visitor_id"]] << card_id
        { starred: STARRED[session["visitor_id"]] }
      end

      r.get do
        DB[:cards].where(id: card_id).first
      end
    end
  end
end
