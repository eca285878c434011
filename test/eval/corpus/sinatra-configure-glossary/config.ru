require_relative "app"
run GlossaryApp
