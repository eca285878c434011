FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "user#{n}@example.com" }
    password { 'password123' } # tfl-eval-not: hardcoded-credential
    password_confirmation { 'password123' } # tfl-eval-not: hardcoded-credential
    api_token { 'tok_test_123456' } # tfl-eval-not: hardcoded-credential

    trait :admin do
      admin { true }
    end
  end
end
