RSpec.describe Billing::Notifier do
  it "builds the client" do
    client = Twilio::REST::Client.new("ACtest", "test-token") # tfl-eval-not: hardcoded-credential
    expect(client).not_to be_nil
  end
end
