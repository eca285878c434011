# Demo riders and bikes for a fresh development database.
admin = User.find_or_create_by!(email: "ops@bikeshare.test") do |u|
  u.password = "rideon-demo-2024" # tfl-eval-not: hardcoded-credential
  u.role = "admin"
end

%w[Centraal Zuid Noord].each do |name|
  Station.find_or_create_by!(name: name) { |s| s.docks = 20 }
end
puts "seeded #{User.count} users (admin #{admin.email})"
