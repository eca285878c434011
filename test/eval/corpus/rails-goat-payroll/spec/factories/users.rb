FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "employee#{n}@payroll.example" }
    first_name { "Employee" }
    password { "Passw0rd!" } # tfl-eval-not: hardcoded-credential
    password_confirmation { "Passw0rd!" } # tfl-eval-not: hardcoded-credential
    api_token { "4f7a2c1e9b8d3f6a0c5e2d7b1a9f8e3c" } # tfl-eval-not: hardcoded-credential

    trait :admin do
      admin { true }
    end
  end
end
