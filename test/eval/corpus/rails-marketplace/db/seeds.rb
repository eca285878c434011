admin = User.find_or_create_by!(email: 'admin@marketplace.test') do |user|
  user.password = 'Admin!2345' # tfl-eval-not: hardcoded-credential
  user.password_confirmation = 'Admin!2345' # tfl-eval-not: hardcoded-credential
end
User.create!(email: 'seller@marketplace.test', password: 'seller-pass-1', password_confirmation: 'seller-pass-1') # tfl-eval-not: hardcoded-credential
puts "Seeded #{User.count} users"
