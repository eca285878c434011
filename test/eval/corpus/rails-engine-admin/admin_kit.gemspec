Gem::Specification.new do |spec|
  spec.name = "admin_kit"
  spec.version = "0.4.0"
  spec.authors = ["Admin Kit contributors"]
  spec.summary = "A mountable admin panel for Rails"
  spec.files = Dir["{app,config,db,lib}/**/*", "README.md"]
  spec.add_dependency "rails", ">= 7.0"
  spec.add_development_dependency "factory_bot_rails"
end
