require_relative "app"

$stdout.sync = true
run Blog
