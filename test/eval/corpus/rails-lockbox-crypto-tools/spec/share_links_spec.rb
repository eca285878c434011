require "gibberish"
require_relative "../lib/share_links"

RSpec.describe ShareLinks do
  it "does not decrypt with another password" do
    other = Gibberish::AES.new("spec-password") # tfl-eval-not: hardcoded-credential
    expect { other.decrypt(described_class.token_for(42)) }.to raise_error(Gibberish::AES::SJCL::DecryptionFailed)
  end
end
