BillingPortal::Customer.create!(email: "demo@example.com", portal_token: "demo-portal-token", stripe_customer_id: "cus_demo")
