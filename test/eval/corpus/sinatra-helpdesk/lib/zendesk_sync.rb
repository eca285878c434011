require "zendesk_api"

class ZendeskSync
  def client
    @client ||= ZendeskAPI::Client.new do |config|
      config.url = "https://acme.zendesk.com/api/v2"
      config.username = "support@acme.example"
      config.token = "4MeXGdZifrnyb68rNYmv4Q79eUiEAt6Vs9RG4y4z" # tfl-eval: hardcoded-credential
      config.retry = true
    end
  end
end
