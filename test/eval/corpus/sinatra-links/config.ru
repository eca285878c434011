require_relative "app"
run LinksApp
