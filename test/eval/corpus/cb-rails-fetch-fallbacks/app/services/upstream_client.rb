require 'net/http'

class UpstreamClient
  DB_USER, DB_PASSWORD = 'billing', 'e7f0d7ef4e73e7bd' # tfl-eval: hardcoded-credential

  def initialize(token = ENV['UPSTREAM_TOKEN'])
    @token = token
  end

  def headers
    { 'Authorization' => 'Bearer ' + @token } # tfl-eval-not: hardcoded-credential
  end

  def signer
    @signer ||= JWT.encode({ iss: 'billing' }, 'Bearer', 'HS256') # tfl-eval: hardcoded-credential
  end
end
