require_relative "app/almanac"
run Almanac.freeze.app
