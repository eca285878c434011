require "net/http"

# Pulls postings from partner applicant-tracking systems.
class AtsSync
  GREENHOUSE_URL = "https://harvest.greenhouse.io/v1/job_posts"

  def initialize(api_token: ENV.fetch("GREENHOUSE_API_TOKEN"))
    @api_token = api_token
  end

  def postings
    uri = URI(GREENHOUSE_URL)
    req = Net::HTTP::Get.new(uri)
    req.basic_auth(@api_token, "")
    JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }.body)
  end
end
