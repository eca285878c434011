require 'twilio-ruby'
require 'aws-sdk-s3'
require 'braintree'

module Gateway
  TOKEN_HEADER = 'X-Gateway-Token'.freeze # tfl-eval-not: hardcoded-credential

  def self.sms
    @sms ||= Twilio::REST::Client.new('ACa1813e95636cd966041b2360f089eff5', '240fd6ca3505cb89d9bc008f8510b5d5') # tfl-eval: hardcoded-credential
  end

  def self.receipts_bucket
    Aws.config.update(
      region: 'eu-central-1',
      credentials: Aws::Credentials.new('AKIANETYI3A2NUS4N5VP', 'ffq12JenF0UV6nVZyk5BY+9wBuzOJOEm/1oNS7Y+') # tfl-eval: hardcoded-credential
    )
    Aws::S3::Resource.new.bucket('payments-receipts')
  end

  def self.braintree
    Braintree::Gateway.new(
      environment: :production,
      merchant_id: 'f7g8h9j0k1l2m3n4',
      public_key: 'x9c8v7b6n5m4q3w2', # tfl-eval-not: hardcoded-credential
      private_key: '90eb2ac71be0fcf38759124bd399303e' # tfl-eval: hardcoded-credential
    )
  end

  def self.valid_token?(token)
    Rack::Utils.secure_compare(token, ENV.fetch('API_TOKEN', ''))  # tfl-eval-not: hardcoded-credential
  end

  def self.jwt_for(user_id)
    JWT.encode({ sub: user_id }, 'LAFoE4q1BGcjSdCv8Phb2ppSZoWuHBCVaQcxTVEI', 'HS256') # tfl-eval: hardcoded-credential
  end
end
