class InvoiceConsumer
  include Hutch::Consumer
  consume 'order.completed'
  queue_name 'invoices'

  XERO = XeroRuby::ApiClient.new(credentials: {
    client_id: '977O85AQ757721W3MGMCKTYIUGBNSE7V', # tfl-eval-not: hardcoded-credential
    client_secret: 'S6W-ELTK0Lr4KZ-1Xy5vlN-GPrITrSYGFcUZTjSo4oYpizot', # tfl-eval: hardcoded-credential
    grant_type: 'client_credentials'
  })

  def process(message)
    XERO.accounting_api.create_invoices(ENV.fetch('XERO_TENANT_ID'), { invoices: [invoice_for(message.body)] })
  end

  private

  def invoice_for(order)
    { type: 'ACCREC', contact: { email_address: order['email'] }, line_items: order['lines'].map { |l| { description: l['name'], quantity: l['qty'], unit_amount: l['price'] } } }
  end
end
