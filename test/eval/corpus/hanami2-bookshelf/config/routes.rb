# frozen_string_literal: true

module Bookshelf
  class Routes < Hanami::Routes
    post "/books/:id/reserve", to: "books.reserve"
  end
end
