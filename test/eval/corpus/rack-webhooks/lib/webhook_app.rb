require "json"
require "openssl"

class WebhookApp
  SIGNING_SECRETS = {
    "github" => "2a1001340995971b55572a6ec0320f1c585d259a", # tfl-eval: hardcoded-credential
    "shopify" => ENV["SHOPIFY_WEBHOOK_SECRET"] # tfl-eval-not: hardcoded-credential
  }.freeze

  def call(env)
    request = Rack::Request.new(env)
    source = request.path_info.delete_prefix("/")
    body = request.body.read
    return [401, {}, ["bad signature"]] unless valid?(source, body, request.get_header("HTTP_X_SIGNATURE"))

    [202, { "content-type" => "application/json" }, [{ ok: true }.to_json]]
  end

  private

  def valid?(source, body, signature)
    secret = SIGNING_SECRETS.fetch(source) { return false }
    digest = OpenSSL::HMAC.hexdigest("SHA256", secret, body) # tfl-eval-not: hardcoded-credential
    Rack::Utils.secure_compare(digest, signature.to_s)
  end
end
