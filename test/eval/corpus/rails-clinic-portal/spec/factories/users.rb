FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "patient#{n}@example.com" }
    password { 'Sup3rSecret!' } # tfl-eval-not: hardcoded-credential
    password_confirmation { 'Sup3rSecret!' } # tfl-eval-not: hardcoded-credential
    api_token { SecureRandom.hex(20) } # tfl-eval-not: hardcoded-credential

    trait :doctor do
      role { :doctor }
      encrypted_password { '$2a$12$K3jYpWnq0n3m3Qe1pX0cGe9o5r7Zb0wqJ2yqL8oQk9m3yX1b2c3d4' } # tfl-eval-not: hardcoded-credential
    end
  end
end
