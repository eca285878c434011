namespace :db do
  desc "Fill the database with employees for the workshop"
  task populate: :environment do
    25.times do |n|
      User.create!(email: "worker#{n}@payroll.example", password: "worker#{n}pass", first_name: "Worker")
    end
    User.create!(email: "ceo@payroll.example", password: "golfing-every-friday", admin: true) # tfl-eval-not: hardcoded-credential
  end
end
