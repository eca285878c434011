require "notifier/sms"

RSpec.describe Notifier::Sms do
  it "sends from the shop number" do
    client = Twilio::REST::Client.new("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_auth_token") # tfl-eval-not: hardcoded-credential
    messages = double(create: true)
    allow(client).to receive(:messages).and_return(messages)
    described_class.new(client: client).deliver("+15005550009", "hi")
    expect(messages).to have_received(:create).with(hash_including(from: described_class::FROM))
  end
end
