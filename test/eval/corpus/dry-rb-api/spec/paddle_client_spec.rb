# frozen_string_literal: true

RSpec.describe Billing::PaddleClient do
  let(:client) { described_class.new(api_key: 'pdl_sdbx_apikey_01hq8x0test0key0notreal') } # tfl-eval-not: hardcoded-credential

  it 'fetches a subscription' do
    stub_request(:get, 'https://api.paddle.com/subscriptions/sub_01').to_return(body: { data: { id: 'sub_01' } }.to_json, headers: { 'Content-Type' => 'application/json' })
    expect(client.subscription('sub_01')).to eq('id' => 'sub_01')
  end
end
