require "rails_helper"

RSpec.describe Terminal do
  it "checks a PIN against its digest" do
    terminal = described_class.new(pin_digest: BCrypt::Password.create("4321")) # tfl-eval-not: hardcoded-credential
    expect(terminal.authenticate("4321")).to be(true)
  end

  it "signs a user in" do
    user = User.create!(email: "spec@depot.test", password: "spec-password-12") # tfl-eval-not: hardcoded-credential
    expect(user.valid_password?("spec-password-12")).to be(true)
  end
end
