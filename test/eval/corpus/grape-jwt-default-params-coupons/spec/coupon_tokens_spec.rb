require_relative "../lib/coupon_tokens"

RSpec.describe CouponTokens do
  def token_for(sub, key = "spec-signing-key")
    CouponTokens.encode({ "sub" => sub }, key)
  end

  it "round-trips" do
    expect(JWT.decode(token_for("ana"), "spec-signing-key", true, algorithm: "HS256").first["sub"]).to eq("ana")
  end
end
