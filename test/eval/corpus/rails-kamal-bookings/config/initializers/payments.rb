Rails.application.config.x.payments = ActiveSupport::OrderedOptions.new.tap do |payments|
  payments.base_url = ENV.fetch("PAYMENT_API_URL", "https://api.payments.example.net/v2")
  payments.token = ENV.fetch("PAYMENT_API_TOKEN")
  payments.timeout = 5
end

# Availability cache shared by the booking widgets.
AVAILABILITY_REDIS = Redis.new(url: "redis://cache-1.bookings.internal:6379/3") # tfl-eval: hardcoded-backing-service
