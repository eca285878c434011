# Spgateway (NewebPay) MPG settings for the donation checkout
Spgateway.configure do |config|
  config.merchant_id = "MS1183305521"
  config.hash_key = "38UI3o68HRLkdNatzFVkLZDN0orIV4X0" # tfl-eval: hardcoded-credential
  config.hash_iv = "znraADg31ZSXSNan" # tfl-eval: hardcoded-credential
  config.mpg_gateway_url = "https://core.newebpay.com/MPG/mpg_gateway"
end
