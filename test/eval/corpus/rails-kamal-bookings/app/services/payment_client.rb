class PaymentClient
  AUTH_SCHEME = "Bearer"
  IDEMPOTENCY_HEADER = "Idempotency-Key"

  def initialize(config = Rails.application.config.x.payments)
    @conn = Faraday.new(url: config.base_url, request: { timeout: config.timeout }) do |f|
      f.request :authorization, AUTH_SCHEME, config.token
      f.request :json
      f.response :json
    end
  end

  def charge(booking)
    @conn.post("charges", { amount: booking.amount_cents, reference: booking.id }, IDEMPOTENCY_HEADER => "booking-#{booking.id}")
  end
end
