module Webhooks
  class CarrierController < ActionController::API
    SIGNATURE_HEADER = "X-ShipEngine-Signature" # tfl-eval-not: hardcoded-credential

    def create
      secret = Rails.application.credentials.dig(:shipengine, :webhook_secret)
      expected = OpenSSL::HMAC.hexdigest("SHA256", secret, request.raw_post)
      return head(:unauthorized) unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers[SIGNATURE_HEADER].to_s)

      TrackingUpdateJob.perform_later(params.require(:tracking_number), params.require(:status_code))
      head :accepted
    end
  end
end
