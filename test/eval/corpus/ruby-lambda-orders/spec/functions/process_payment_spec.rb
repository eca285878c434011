require_relative "../../functions/process_payment/handler"

RSpec.describe "process_payment" do
  let(:secret) { "whsec_test_#{'a' * 24}" } # tfl-eval-not: hardcoded-credential

  before do
    stub_const("ENV", ENV.to_h.merge("WEBHOOK_SIGNING_SECRET" => secret, "STRIPE_SECRET_ARN" => "arn:aws:secretsmanager:eu-west-1:000000000000:secret:test"))
    allow(Orders::Secrets).to receive(:stripe_key).and_return("sk_test_fake") # tfl-eval-not: hardcoded-credential
  end

  it "rejects a bad signature" do
    result = call(event: { "body" => "{}", "headers" => { "stripe-signature" => "t=1,v1=bad" } }, context: nil)
    expect(result[:statusCode]).to eq(400)
  end
end
