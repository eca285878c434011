FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "backer#{n}@example.com" }
    name { "Test Backer" }
    password { "Falcon3769!lr1" } # tfl-eval-not: hardcoded-credential
    password_confirmation { password } # tfl-eval-not: hardcoded-credential
  end
end
