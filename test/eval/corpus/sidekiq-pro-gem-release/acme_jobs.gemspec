require_relative "lib/acme_jobs/version"

Gem::Specification.new do |spec|
  spec.name = "acme_jobs"
  spec.version = AcmeJobs::VERSION
  spec.authors = ["Acme Platform"]
  spec.summary = "Shared Sidekiq jobs and middleware"
  spec.files = Dir["lib/**/*.rb"]
  spec.metadata["allowed_push_host"] = "https://rubygems.pkg.github.com/acme"
  spec.metadata["rubygems_mfa_required"] = "true"
  spec.add_dependency "sidekiq", ">= 7.2"
end
