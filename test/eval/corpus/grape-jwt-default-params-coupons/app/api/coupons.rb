require "grape"
require_relative "../../lib/coupon_tokens"

module API
  class Coupons < Grape::API
    format :json

    helpers do
      def current_claims
        CouponTokens.decode(headers["Authorization"].to_s.delete_prefix("Bearer "))
      end
    end

    get :coupons do
      { owner: current_claims["sub"], coupons: [] }
    end
  end
end
