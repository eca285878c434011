require_relative "lib/shortlinks/app"
require_relative "lib/shortlinks/schema"

Shortlinks::Schema.migrate!(Shortlinks::DB) # tfl-eval: startup-migration

run Shortlinks::App.freeze.app
