require './lib/app'

run StorefrontApp
