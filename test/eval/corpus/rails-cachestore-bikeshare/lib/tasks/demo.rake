namespace :demo do
  desc "Fill staging with fake rides"
  task rides: :environment do
    rider = User.create!(email: "rider@bikeshare.test", password: "pedal-pedal-pedal") # tfl-eval-not: hardcoded-credential
    50.times { Ride.create!(user: rider, minutes: rand(5..90)) }
  end
end
