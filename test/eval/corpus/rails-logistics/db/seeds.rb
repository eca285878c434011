admin = Driver.find_or_create_by!(email: 'dispatch@logistics.example.com') do |d|
  d.password = 'Dispatch-2024!' # tfl-eval-not: hardcoded-credential
  d.name = 'Dispatch'
end
Driver.create!(email: 'driver1@logistics.example.com', password: 'Truck1234', password_confirmation: 'Truck1234') # tfl-eval-not: hardcoded-credential
puts "seeded #{Driver.count} drivers"
