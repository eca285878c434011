# frozen_string_literal: true

require "rails_helper"

RSpec.describe RefundService do
  before do
    allow(Rails.application.credentials).to receive(:stripe).and_return(secret_key: "sk_test_placeholder") # tfl-eval-not: hardcoded-credential
    stub_const("RefundService::REFUND_SIGNING_KEY", "spec-signing-key") # tfl-eval-not: hardcoded-credential
  end

  it "signs the refund" do
    payment = build(:payment, intent_id: "pi_123")
    allow(Stripe::Refund).to receive(:create).and_return(double(id: "re_123"))
    expect { described_class.new(payment).call }.to have_enqueued_mail(PaymentMailer, :refunded)
  end
end
