class GeocoderClient
  BASE_URL = "https://api.opencagedata.com/geocode/v1/json".freeze

  def initialize(api_key: ENV.fetch("OPENCAGE_API_KEY"))
    @api_key = api_key
  end

  def lookup(address)
    response = Net::HTTP.get_response(URI("#{BASE_URL}?q=#{CGI.escape(address)}&key=#{@api_key}"))
    JSON.parse(response.body).dig("results", 0, "geometry")
  end
end
