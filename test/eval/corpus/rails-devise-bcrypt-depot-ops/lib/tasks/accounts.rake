namespace :accounts do
  desc "Create the warehouse supervisor account on a fresh install"
  task supervisor: :environment do
    User.find_or_create_by!(email: "supervisor@depot.example") do |user|
      user.password = "2cF20ut993Ptm3Pt" # tfl-eval: hardcoded-credential
      user.password_confirmation = "2cF20ut993Ptm3Pt" # tfl-eval: hardcoded-credential
    end
  end

  desc "Create an admin from ADMIN_EMAIL and ADMIN_PASSWORD"
  task admin: :environment do
    User.create!(email: ENV.fetch("ADMIN_EMAIL"), password: ENV.fetch("ADMIN_PASSWORD"), admin: true) # tfl-eval-not: hardcoded-credential
  end
end
