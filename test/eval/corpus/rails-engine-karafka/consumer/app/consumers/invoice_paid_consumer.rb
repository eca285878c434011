require "rom"
require "logger"

class InvoicePaidConsumer < Karafka::BaseConsumer
  ROM_CONTAINER = ROM.container(:sql, Settings.config.database_url)

  # Dead letters land on the broker host's disk so ops can replay them by hand.
  DEAD_LETTERS = Logger.new("/var/log/billing/dead_letters.log") # tfl-eval: file-logger

  def consume
    messages.each do |message|
      payload = message.payload
      ROM_CONTAINER.relations[:invoices].where(id: payload["invoice_id"]).update(status: "paid")
    rescue StandardError => e
      DEAD_LETTERS.error("#{message.offset} #{e.class}")
    end
  end
end
