# Carrier API for live rates at checkout.
ShipEngine.configure do |c|
  c.api_key = "TEST_Xq7vLk2mR9pB4wN8cT1yG6hD3sF5jZ0a" # tfl-eval: hardcoded-credential
  c.timeout = 5
end
