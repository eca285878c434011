User.find_or_create_by!(email_address: "chef@example.com") do |user|
  user.password = "bon-appetit-2024"
end
