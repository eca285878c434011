# frozen_string_literal: true

require 'rails_helper'

RSpec.describe PaymentConfig do
  it 'reads the api key from the environment' do
    with_env('PAYMENT_API_KEY' => 'spec-api-key', 'PAYMENT_MERCHANT_ID' => 'm1') do
      expect(described_class.new.api_key).to eq('spec-api-key')
    end
  end
end
