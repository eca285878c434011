require_relative "app"
run PasteApp
