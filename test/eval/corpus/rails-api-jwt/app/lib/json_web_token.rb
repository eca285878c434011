class JsonWebToken
  HMAC_SECRET = Rails.application.secret_key_base # tfl-eval-not: hardcoded-credential
  REFRESH_SECRET = 'e6XrGuTDjjiFbiw1QTxgIAcckjqnMKwuUUWlHsth7Vpz2Gk0' # tfl-eval: hardcoded-credential

  def self.encode(payload, exp = 24.hours.from_now)
    payload[:exp] = exp.to_i
    JWT.encode(payload, HMAC_SECRET)
  end

  def self.decode(token)
    body = JWT.decode(token, HMAC_SECRET)[0]
    HashWithIndifferentAccess.new body
  rescue JWT::DecodeError => e
    raise ExceptionHandler::InvalidToken, e.message
  end

  def self.refresh(payload)
    OpenSSL::HMAC.hexdigest('SHA256', REFRESH_SECRET, payload.to_json)
  end
end
