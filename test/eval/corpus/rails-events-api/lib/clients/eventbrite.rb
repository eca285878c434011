module Clients
  class Eventbrite
    include HTTParty
    base_uri 'https://www.eventbriteapi.com/v3'
    headers 'Authorization' => 'Bearer QxJEPBgPIWtp0irAxlSu' # tfl-eval: hardcoded-credential

    def initialize(token: ENV.fetch('EVENTBRITE_TOKEN', nil)) # tfl-eval-not: hardcoded-credential
      @token = token
    end

    def events(org_id)
      self.class.get("/organizations/#{org_id}/events/")
    end
  end
end
