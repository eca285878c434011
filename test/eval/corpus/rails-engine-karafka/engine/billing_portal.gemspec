require_relative "lib/billing_portal/version"

Gem::Specification.new do |spec|
  spec.name        = "billing_portal"
  spec.version     = BillingPortal::VERSION
  spec.authors     = ["Example Billing Team"]
  spec.summary     = "Mountable customer billing portal"
  spec.files       = Dir["{app,config,lib}/**/*", "README.md"]
  spec.add_dependency "rails", ">= 7.1"
  spec.add_dependency "stripe", ">= 12.0"
  spec.add_development_dependency "rspec-rails"
  spec.add_development_dependency "sqlite3"
  spec.metadata["rubygems_mfa_required"] = "true"
end
