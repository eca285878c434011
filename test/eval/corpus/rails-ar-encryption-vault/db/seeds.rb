Patient.find_or_create_by!(email: "demo@acme-clinic.example") do |p|
  p.password = "demo-password-123" # tfl-eval-not: hardcoded-credential
end
