ENV["BUNDLE_GEMFILE"] ||= File.expand_path("../Gemfile", __dir__) # tfl-eval-not: hardcoded-credential

require "bundler/setup"
