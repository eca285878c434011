Spree::Core::Engine.load_seed
Spree::Auth::Engine.load_seed

admin = Spree::User.find_or_create_by!(email: "admin@marketplace.test") do |user|
  user.password = "spree123" # tfl-eval-not: hardcoded-credential
  user.password_confirmation = "spree123" # tfl-eval-not: hardcoded-credential
end
admin.spree_roles << Spree::Role.find_or_create_by(name: "admin")
