Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "cpa7dz4qvki4ow4j" # tfl-eval-not: hardcoded-credential
Braintree::Configuration.public_key = "ehdtu160i9irlnbk" # tfl-eval-not: hardcoded-credential
Braintree::Configuration.private_key = "7c364bf1aab6069089a8084c8e3a5df0" # tfl-eval: hardcoded-credential

ShopifyAPI::Context.setup(
  api_key: "f2b422c5f1c22201bf9ee2c9ffccce32", # tfl-eval: hardcoded-credential
  api_secret_key: "d10d07eae6b06ffa950dfcce77cd5a99", # tfl-eval: hardcoded-credential
  host: "https://billing.example.com",
  scope: "read_orders,read_products",
  is_embedded: true,
  api_version: "2024-01",
  is_private: false
)
