FactoryBot.define do
  factory :user do
    email { Faker::Internet.unique.email }
    password { "Sup3rSecret!" } # tfl-eval-not: hardcoded-credential
    password_confirmation { "Sup3rSecret!" } # tfl-eval-not: hardcoded-credential
    braintree_customer_id { "cus_#{SecureRandom.hex(6)}" }
  end

  factory :webhook_endpoint do
    url { "https://hooks.example.test/billing" }
    signing_secret { "whsec_test_secret" } # tfl-eval-not: hardcoded-credential
  end
end
