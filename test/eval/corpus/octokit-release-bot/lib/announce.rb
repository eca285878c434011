require "net/http"
require "json"

module Announce
  TOKEN_ENV = "DISCOURSE_API_KEY" # tfl-eval-not: hardcoded-credential
  FORUM = URI("https://forum.acme.example/posts.json")

  def self.post(text)
    request = Net::HTTP::Post.new(FORUM, "Api-Key" => ENV.fetch(TOKEN_ENV), "Api-Username" => "system", "Content-Type" => "application/json")
    request.body = { title: text, raw: text, category: 7 }.to_json
    Net::HTTP.start(FORUM.host, FORUM.port, use_ssl: true) { |http| http.request(request) }
  end
end
