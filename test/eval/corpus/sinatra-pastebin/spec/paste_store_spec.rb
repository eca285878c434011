require "redis"
require_relative "../lib/paste_store"

RSpec.describe PasteStore do
  let(:redis) { Redis.new(host: "127.0.0.1", port: 6379, db: 15) } # tfl-eval-not: hardcoded-backing-service

  it "round-trips a paste" do
    allow(Redis).to receive(:new).and_return(redis)
    id = described_class.new.save("hello")
    expect(described_class.new.fetch(id)).to eq("hello")
  end
end
