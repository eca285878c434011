Gem::Specification.new do |spec|
  spec.name = "catalog"
  spec.version = "0.1.0"
  spec.authors = ["Storefront Team"]
  spec.summary = "Product catalog engine"
  spec.files = Dir["{app,config,lib}/**/*"]
  spec.add_dependency "rails", ">= 7.1"
end
