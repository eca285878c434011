FactoryBot.define do
  factory :account do
    sequence(:email) { |n| "owner#{n}@kennel.test" }
    name { 'Dog Owner' }
    password { 'doggo-pass-2024' } # tfl-eval-not: hardcoded-credential
    crypted_password { '$2a$12$OgCNTOf0l2RPJ0GYRJZvoQqKx0LTZUFqxAoQYxSRjggrDrXk88Jyg' } # tfl-eval-not: hardcoded-credential
    api_token { SecureRandom.hex(20) } # tfl-eval-not: hardcoded-credential
  end
end
