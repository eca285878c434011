# frozen_string_literal: true

require "github_app"

RSpec.describe GithubApp do
  let(:key) { OpenSSL::PKey::RSA.new(2048) }

  before { stub_const("GithubApp::PRIVATE_KEY", key) }

  it "signs a JWT the app id can verify" do
    decoded = JWT.decode(described_class.jwt, key.public_key, true, algorithm: "RS256")
    expect(decoded.first["iss"]).to eq(GithubApp::CLIENT_ID)
  end

  it "rejects a bad signature" do
    expect { described_class.verify_webhook!("{}", "sha256=bad") }.to raise_error(ArgumentError)
  end
end
