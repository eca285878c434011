require_relative "../lib/relay/app"

RSpec.describe Relay::App do
  it "rejects an unsigned request" do
    ENV.update("RELAY_SIGNING_KEY" => "spec-signing-key") # tfl-eval-not: hardcoded-credential
    env = Rack::MockRequest.env_for("/", method: "POST", input: "{}")
    expect(described_class.new.call(env).first).to eq(401)
  end
end
