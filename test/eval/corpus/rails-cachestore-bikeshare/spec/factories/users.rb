FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "rider#{n}@example.test" }
    password { "factory-password-123" } # tfl-eval-not: hardcoded-credential
    role { "rider" }
  end
end
