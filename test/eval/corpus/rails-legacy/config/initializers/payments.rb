ActiveMerchant::Billing::Base.mode = Rails.env.production? ? :production : :test

PAYPAL_GATEWAY = ActiveMerchant::Billing::PaypalExpressGateway.new(
  login: 'payments_api1.classifieds.example.com',
  password: 'R5QEBUB5JBK6EXNG', # tfl-eval: hardcoded-credential
  signature: 'AUgZmhI99fmJg0d62ZLSCnkbb42m5twPfE6FGxC83uYCjkkaPjSlmTDY' # tfl-eval: hardcoded-credential
)

Koala.config.app_id = '503059394015477'
Koala.config.app_secret = '075d081db1efa830f7848ad89ae8bf1e' # tfl-eval: hardcoded-credential
