Gem::Specification.new do |spec|
  spec.name = 'opsctl'
  spec.version = '0.4.0'
  spec.summary = 'Acme ops command line'
  spec.files = Dir['lib/**/*.rb']
  spec.executables = ['opsctl']
  spec.add_dependency 'net-ssh', '~> 7.2'
  spec.add_dependency 'octokit', '~> 8.0'
  spec.add_dependency 'pagerduty', '~> 4.0'
  spec.add_dependency 'thor', '~> 1.3'
end
