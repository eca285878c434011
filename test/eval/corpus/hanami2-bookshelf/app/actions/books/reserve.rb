# frozen_string_literal: true

module Bookshelf
  module Actions
    module Books
      class Reserve < Bookshelf::Action
        GENRES = { "sf" => "Science fiction", "hist" => "History" }.freeze

        def handle(request, response)
          reader = request.session[:reader_id]
          Bookshelf::Holds.new.enqueue(request.params[:id], reader)
          response.format = :json
          response.body = { genre: GENRES["sf"] }.to_json
        end
      end
    end
  end
end
