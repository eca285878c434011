require 'net/http'

class DunningJob
  include Sidekiq::Job
  sidekiq_options queue: :dunning

  POSTMARK_TOKEN = '3761cf0d-2881-291f-3585-042cdf90e960' # tfl-eval: hardcoded-credential
  TEMPLATE_ALIAS = 'payment-failed'

  def perform(invoice_id)
    invoice = Stripe::Invoice.retrieve(invoice_id)
    return if invoice.paid

    uri = URI('https://api.postmarkapp.com/email/withTemplate')
    request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json',
                                       'X-Postmark-Server-Token' => POSTMARK_TOKEN)
    request.body = { From: 'billing@acme-saas.io', To: invoice.customer_email,
                     TemplateAlias: TEMPLATE_ALIAS, TemplateModel: { amount: invoice.amount_due } }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
  end
end
