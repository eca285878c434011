require 'jwt'
require 'openssl'

class TrackingToken
  SIGNING_KEY = 'sp14J7wfkBoGDSHvttKwDlzA9GzQmRQDYspK0n5S'.freeze # tfl-eval: hardcoded-credential
  PARTNER_KEY = '1da132450ac6d5cd0533e6c5dbfb2abcc62b0f7ff5db1f9e8ea5e850b3690dcb' # tfl-eval: hardcoded-credential

  def self.issue(shipment)
    JWT.encode({ sid: shipment.id, exp: 7.days.from_now.to_i }, SIGNING_KEY, 'HS256')
  end

  def self.webhook_signature(body)
    OpenSSL::HMAC.hexdigest('SHA256', 'af9b26cb89d72737b3497750d9e304ab', body) # tfl-eval: hardcoded-credential
  end

  def self.partner_signature(body)
    OpenSSL::HMAC.hexdigest('SHA256', PARTNER_KEY, body)
  end

  def self.encryptor
    ActiveSupport::MessageEncryptor.new(['e81d89ceb1fa05542f68b56cb9eab16c960a1dcff58fd55feab18e033db15052'].pack('H*')) # tfl-eval: hardcoded-credential
  end

  def self.decode(token)
    JWT.decode(token, ENV.fetch('TRACKING_JWT_SECRET'), true, algorithm: 'HS256') # tfl-eval-not: hardcoded-credential
  end
end
