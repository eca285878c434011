require "rails_helper"

RSpec.describe "Portal sessions", type: :request do
  let(:customer) { BillingPortal::Customer.create!(email: "a@example.com", portal_token: "tok_valid_123") }

  it "signs in with a valid token" do
    post "/billing/session", params: { portal_token: customer.portal_token }
    expect(response).to redirect_to("/billing/invoices")
  end

  it "refuses an unknown token" do
    post "/billing/session", params: { portal_token: "invalid" }
    expect(flash[:alert]).to be_present
  end
end
