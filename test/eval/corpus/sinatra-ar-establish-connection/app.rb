require 'sinatra'
require_relative 'config/database'

class Book < ActiveRecord::Base; end

get '/books' do
  Book.all.to_json
end
