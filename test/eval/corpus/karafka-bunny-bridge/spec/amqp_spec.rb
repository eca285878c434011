require_relative "../lib/bridge/amqp"

RSpec.describe Bridge::Amqp do
  it "connects with the bridge user" do
    session = instance_double(Bunny::Session, start: true)
    expect(Bunny).to receive(:new).with(hash_including(user: "bridge")).and_return(session)
    described_class.connection
  end

  it "accepts a test broker" do
    Bunny.new(user: "guest", pass: "guest") # tfl-eval-not: hardcoded-credential
  end
end
