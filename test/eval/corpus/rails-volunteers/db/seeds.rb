# Development data: bin/rails db:seed
admin = User.find_or_create_by!(email: "admin@example.org") do |user|
  user.password = "Password123"
  user.role = "admin"
end

3.times do |i|
  Shift.create!(title: "Food bank shift #{i + 1}", starts_at: (i + 1).days.from_now, capacity: 8)
end

puts "Seeded #{User.count} users (admin: #{admin.email})"
