module StripeHelpers
  TEST_WEBHOOK_SECRET = "whsec_test_secret" # tfl-eval-not: hardcoded-credential

  def stripe_event_payload(type, object)
    payload = { id: "evt_test_#{SecureRandom.hex(6)}", type: type, data: { object: object } }.to_json
    timestamp = Time.now.to_i
    signature = Stripe::Webhook::Signature.compute_signature(timestamp, payload, TEST_WEBHOOK_SECRET)
    [payload, "t=#{timestamp},v1=#{signature}"]
  end
end
