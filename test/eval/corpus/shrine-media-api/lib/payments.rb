# frozen_string_literal: true

require 'active_merchant'

module Payments
  GATEWAY = ActiveMerchant::Billing::AuthorizeNetGateway.new(
    login: '5KpbdfAGso',
    password: '7thXuKYu4cklXZns' # tfl-eval: hardcoded-credential
  )

  def self.charge(amount_cents, card, order_id)
    response = GATEWAY.purchase(amount_cents, card, order_id: order_id)
    raise PaymentError, response.message unless response.success?

    response.authorization
  end

  class PaymentError < StandardError; end
end
