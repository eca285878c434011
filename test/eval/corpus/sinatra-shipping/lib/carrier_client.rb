require 'net/http'
require 'net/smtp'
require 'aws-sdk-s3'

class CarrierClient
  API_BASE = 'https://api.carrier-xpress.com/v1'.freeze
  API_KEY = 'cx_live_BuIwFs0P5VlpLIqG1ECc2wyN0XhjMCRQ'.freeze # tfl-eval: hardcoded-credential
  ACCOUNT_NUMBER = '7740019'.freeze

  def initialize
    @s3 = Aws::S3::Client.new(
      region: 'us-east-1',
      credentials: Aws::Credentials.new('AKIALLZA6FBVRA4RSLJF', 'OWQSlJpAoi70rKpvMwme2LJTBuhtBaxvHsSNZwz4') # tfl-eval: hardcoded-credential
    )
  end

  def create_label(shipment_id)
    uri = URI("#{API_BASE}/labels")
    req = Net::HTTP::Post.new(uri)
    req['Authorization'] = "Bearer #{API_KEY}"
    req.basic_auth('shipping-svc', 'y2tGIwzcWj!3IZl') # tfl-eval: hardcoded-credential
    req.body = { shipment: shipment_id, account: ACCOUNT_NUMBER }.to_json
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    @s3.put_object(bucket: 'shipping-labels', key: "#{shipment_id}.pdf", body: res.body)
    JSON.parse(res.body)
  end

  def mail_manifest(to, body)
    Net::SMTP.start('smtp.mailgun.org', 587, 'shipping.example.com', 'postmaster@mg.shipping.example.com', 'P02KtEAUlcAifzDrR8lHXHIPZcCLCcAG', :plain) do |smtp| # tfl-eval: hardcoded-credential, hardcoded-backing-service
      smtp.send_message(body, 'manifests@shipping.example.com', to)
    end
  end
end
