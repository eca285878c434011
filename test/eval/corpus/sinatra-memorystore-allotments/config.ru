require_relative "app"

run AllotmentsApp
