Gem::Specification.new do |s|
  s.name = "postbox"
  s.version = "1.2.0"
  s.summary = "Delivery adapters for Postbox"
  s.files = Dir["lib/**/*.rb"]
  s.add_dependency "redis", ">= 5"
end
