require_relative "app"

run StatusPage::App
