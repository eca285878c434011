require "json"

# Orders placed by customers, one JSON file beside the app.
class OrderStore
  FILE = File.expand_path("../data/orders.json", __dir__)

  def all
    File.exist?(FILE) ? JSON.parse(File.read(FILE)) : []
  end

  def find(id)
    all.find { |o| o["id"] == id }
  end

  def create(order)
    orders = all
    orders << order
    File.write(FILE, JSON.pretty_generate(orders)) # tfl-eval: memory-session-store
    order
  end
end
