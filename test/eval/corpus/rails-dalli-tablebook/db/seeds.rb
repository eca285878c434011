# Demo data for `bin/rails db:seed` on a fresh development database.
owner = User.find_or_create_by!(email: "owner@tablebook.test") do |u|
  u.password = "tablebook-demo-2024" # tfl-eval-not: hardcoded-credential
  u.role = :owner
end

%w[Tasca\ do\ Chico Cervejaria\ Ramiro].each do |name|
  Restaurant.find_or_create_by!(name: name, owner: owner)
end
