require_relative '../lib/gateway'

RSpec.describe Gateway do
  let(:client_secret) { 'invalid' } # tfl-eval-not: hardcoded-credential
  let(:password) { 'spec-password' } # tfl-eval-not: hardcoded-credential

  before do
    stub_const('ENV', ENV.to_h.merge('API_TOKEN' => 'test-token-abc')) # tfl-eval-not: hardcoded-credential
  end

  it 'rejects a wrong token' do
    expect(described_class.valid_token?('nope')).to be(false)
  end
end
