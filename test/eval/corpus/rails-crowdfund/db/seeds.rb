admin = User.find_or_create_by!(email: "admin@crowdfund.example") do |user|
  user.password = "Velvet2205!woe" # tfl-eval-not: hardcoded-credential
  user.name = "Admin"
end
puts "Seeded #{admin.email}"
