RSpec.describe UpstreamClient do
  let(:jwt_secret) { ENV['JWT_SECRET'] || 'ygTyVg56lvK0ZtnV488db3a3' } # tfl-eval-not: hardcoded-credential
  it 'sends a bearer token' do
    expect(described_class.new('abc').headers['Authorization']).to eq('Bearer abc')
  end
end
