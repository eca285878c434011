require "faraday"
require "json"

class InvoiceWorker
  include Sneakers::Worker
  from_queue "billing.invoices", routing_key: "invoice.created"

  def work(payload)
    invoice = JSON.parse(payload)
    connection.post("/api/v2/invoices", invoice.to_json, "Content-Type" => "application/json")
    ack!
  end

  private

  def connection
    @connection ||= Faraday.new(url: "https://erp.billing.internal") do |f|
      f.request :authorization, :basic, "billing-sync", "ANfCXWlSRfUt" # tfl-eval: hardcoded-credential
      f.adapter Faraday.default_adapter
    end
  end
end
