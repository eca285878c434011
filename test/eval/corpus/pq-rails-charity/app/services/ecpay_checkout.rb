class EcpayCheckout
  def initialize(order)
    @order = order
    @merchant_id = ENV.fetch("ECPAY_MERCHANT_ID")
    @hash_key = ENV.fetch("ECPAY_HASH_KEY")
    @hash_iv = ENV.fetch("ECPAY_HASH_IV")
  end

  def redis_key
    hash_key = "donation:#{@order.id}"
    hash_key
  end
end
