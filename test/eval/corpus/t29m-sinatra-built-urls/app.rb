require "sinatra/base"
require_relative "lib/connections"

class NotesApp < Sinatra::Base
  get "/health" do
    DB.test_connection
    "ok"
  end
end
