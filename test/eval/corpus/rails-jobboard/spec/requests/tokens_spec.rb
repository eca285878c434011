require "rails_helper"

RSpec.describe "API tokens", type: :request do
  let(:user) { create(:user, password: "Sup3r-Secret-Pass") } # tfl-eval-not: hardcoded-credential

  it "creates a token shown once" do
    sign_in user
    post "/api/tokens", params: { name: "ci" }
    expect(response.parsed_body["token"]).to start_with("jbt_")
  end
end
