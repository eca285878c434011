require 'net/http'
require 'json'

# Reads a secret from Vault at catalog compile time.
Puppet::Functions.create_function(:'profile::vault_lookup') do
  dispatch :lookup do
    param 'String', :path
  end

  def lookup(path)
    uri = URI("https://vault.example.net:8200/v1/#{path}")
    request = Net::HTTP::Get.new(uri)
    request['X-Vault-Token'] = 'hvs.XBq6zLdHOTwRgXL0XLtQ3v9dS1WaX-u05kJQc-VaAZ9D5pN7F2qYlN3xb3tODZAkXjrn8ZS3rI2lnrzVaXNvctAE6e' # tfl-eval: hardcoded-credential
    response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
    Puppet::Pops::Types::PSensitiveType::Sensitive.new(JSON.parse(response.body)['data']['value'])
  end
end
