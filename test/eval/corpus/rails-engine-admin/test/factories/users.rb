FactoryBot.define do
  factory :admin, class: "AdminKit::User" do
    email { "admin#{SecureRandom.hex(3)}@adminkit.dev" }
    password { "factory-admin-pw" } # tfl-eval-not: hardcoded-credential
    otp_secret { "JBSWY3DPEHPK3PXP" } # tfl-eval-not: hardcoded-credential
  end
end
