require "net/sftp"

# Nightly stock levels from the warehouse partner.
class InventoryFeed
  HOST = "sftp.partner-warehouse.example"
  USER = "outfitters"

  def self.fetch
    Net::SFTP.start(HOST, USER, password: "Rk4pW8nQ2xVz6LmT") do |sftp| # tfl-eval: hardcoded-credential
      sftp.download!("/outbound/stock.csv")
    end
  end
end
