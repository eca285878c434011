Customer.find_or_create_by!(email: "billing@acme.test") do |customer|
  customer.name = "Acme Corp"
  customer.password = "password123"
end
