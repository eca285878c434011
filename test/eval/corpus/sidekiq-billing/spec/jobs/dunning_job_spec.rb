require 'spec_helper'

RSpec.describe DunningJob do
  before do
    stub_const('DunningJob::POSTMARK_TOKEN', 'POSTMARK_API_TEST') # tfl-eval-not: hardcoded-credential
    Stripe.api_key = 'sk_test_123' # tfl-eval-not: hardcoded-credential
  end

  it 'skips paid invoices' do
    allow(Stripe::Invoice).to receive(:retrieve).and_return(double(paid: true))
    expect(Net::HTTP).not_to receive(:start)
    described_class.new.perform('in_123')
  end
end
