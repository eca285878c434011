require "sinatra/base"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class RecipesApp < Sinatra::Base
  get("/recipes") { DB[:recipes].all.to_s }
end

run RecipesApp
