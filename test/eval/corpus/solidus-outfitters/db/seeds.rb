Spree::Core::Engine.load_seed
Spree::Auth::Engine.load_seed

if Rails.env.development?
  admin = Spree::User.find_or_initialize_by(email: "admin@outfitters.test")
  admin.password = admin.password_confirmation = "outfitters-dev-admin" # tfl-eval-not: hardcoded-credential
  admin.spree_roles << Spree::Role.find_or_create_by!(name: "admin")
  admin.save!
end
