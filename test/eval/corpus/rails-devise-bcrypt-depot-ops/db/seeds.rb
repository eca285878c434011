# Development data: `bin/rails db:seed`.
User.create!(email: "picker@depot.test", password: "picker-seed-pass", password_confirmation: "picker-seed-pass") # tfl-eval-not: hardcoded-credential
Terminal.create!(serial: "DEV-0001", pin_digest: BCrypt::Password.create("0000")) # tfl-eval-not: hardcoded-credential
