class PaymentGateway
  API_BASE = 'https://api.braintreegateway.com'.freeze
  DECLINED = 'processor_declined'.freeze

  def initialize
    @gateway = Braintree::Gateway.new(
      environment: :production,
      merchant_id: 'x7k2m9q4w8',
      public_key: 'p2n6v8c3j5h1',
      private_key: 'ac422de63c386d91a314747464b0f531' # tfl-eval: hardcoded-credential
    )
  end

  def refund_message
    I18n.t('payments.refund', default: 'Your refund is on its way')
  end
end
