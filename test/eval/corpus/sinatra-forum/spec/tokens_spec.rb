RSpec.describe Forum::Tokens do
  let(:secret) { 'spec-secret-value' }
  let(:client_secret) { 'invalid' }

  it 'rejects a wrong password' do
    expect(login('alice', 'wrong-password')).to be_nil
  end
end
