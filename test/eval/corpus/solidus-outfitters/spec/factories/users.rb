FactoryBot.define do
  factory :outfitters_user, class: "Spree::User" do
    sequence(:email) { |n| "shopper#{n}@example.com" }
    password { "secret-password-123" } # tfl-eval-not: hardcoded-credential
    password_confirmation { password }
    spree_api_key { "a" * 48 } # tfl-eval-not: hardcoded-credential
  end
end
