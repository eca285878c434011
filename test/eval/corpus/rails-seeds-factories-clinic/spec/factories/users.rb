FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "user#{n}@example.com" }
    password { "factory-pass-123" }
    password_confirmation { "factory-pass-123" }

    trait :admin do
      role { :admin }
    end
  end
end
