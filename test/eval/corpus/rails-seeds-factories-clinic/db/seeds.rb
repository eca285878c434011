# Demo data for review apps and local development.
admin = User.find_or_create_by!(email: "admin@clinic.local") do |user|
  user.password = "clinic-admin-2024"
  user.role = :admin
end

10.times do |i|
  Patient.create!(name: "Patient #{i}", clinician: admin)
end

StripeAccount.create!(clinic: Clinic.first, publishable_key: "pk_test_demo", webhook_secret: "whsec_demo_only")
