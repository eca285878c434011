class MonthlyInvoiceJob
  include Sidekiq::Job
  sidekiq_options queue: :invoices, retry: 10

  def perform(account_id = nil)
    scope = account_id ? Ledger::Account.where(id: account_id) : Ledger::Account.active
    scope.find_each do |account|
      Stripe::Invoice.create({ customer: account.stripe_customer_id, auto_advance: true },
                             { idempotency_key: "invoice-#{account.id}-#{Date.today.strftime('%Y%m')}" })
    end
  end
end
