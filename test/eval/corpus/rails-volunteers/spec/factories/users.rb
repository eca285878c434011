FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "volunteer#{n}@example.org" }
    password { "Password1234" }
    role { "volunteer" }
    api_token { SecureRandom.hex(20) }

    trait :admin do
      role { "admin" }
    end
  end
end
