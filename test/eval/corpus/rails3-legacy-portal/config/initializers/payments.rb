Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "prlgs0r5puzeu5nc"
Braintree::Configuration.public_key = "jqjzidcbv2chr36u" # tfl-eval-not: hardcoded-credential
Braintree::Configuration.private_key = "ae3c7e9e28033d9837ceab658c267e3e" # tfl-eval: hardcoded-credential

Razorpay.setup("rzp_live_8bEni5fND3QZqM", "IE1GJyP1njbQjLPQgyTBJHwF") # tfl-eval: hardcoded-credential

PayPal::SDK.configure(
  mode: "live",
  client_id: "AlBpRuc4zJ6jB2yFbnBxb82MH98FBaIAnaixn2IX61Z7PfX0uWKAPumrV9mtZQ8DUSjagqbl0PyoyUdg",
  client_secret: "E9AZ7bPrQbVkN6THdIc1SXChJbwpWsCAxMq12djmAbQ9PEyjQmfUwbYkjEJ5qTvSQMhpxK6yFYPSXDn9" # tfl-eval: hardcoded-credential
)
