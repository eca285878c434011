require 'pg'

module Quotes
  DB = PG.connect(host: 'quotes-db.fly.dev', dbname: 'quotes', user: 'bot', password: 'rb9pu8TGyQYGMxis') # tfl-eval: hardcoded-credential, hardcoded-backing-service

  def self.random
    DB.exec('SELECT text, author FROM quotes ORDER BY random() LIMIT 1').first&.then { |q| "“#{q['text']}” — #{q['author']}" } || 'No quotes yet.'
  end
end
