require "test_helper"

class TwoFactorTest < ActiveSupport::TestCase
  test "accepts the current code" do
    totp = ROTP::TOTP.new(ROTP::Base32.random) # tfl-eval-not: hardcoded-credential
    assert totp.now
  end
end
