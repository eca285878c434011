require 'net/http'
require 'json'

module Twitch
  CLIENT_ID = 'c8j8mzd51ydsykbil6x3bjekje8iqp' # tfl-eval-not: hardcoded-credential
  CLIENT_SECRET = ENV.fetch('TWITCH_CLIENT_SECRET') # tfl-eval-not: hardcoded-credential

  def self.app_token
    @app_token ||= begin
      res = Net::HTTP.post_form(URI('https://id.twitch.tv/oauth2/token'),
                                client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials')
      JSON.parse(res.body).fetch('access_token')
    end
  end

  def self.stream(login)
    uri = URI("https://api.twitch.tv/helix/streams?user_login=#{login}")
    req = Net::HTTP::Get.new(uri, 'Client-Id' => CLIENT_ID, 'Authorization' => "Bearer #{app_token}")
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch('data').first
  end
end
