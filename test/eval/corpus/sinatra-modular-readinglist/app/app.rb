require "sinatra/base"
require "json"

module ReadingList
  class App < Sinatra::Base
    set :logging, false

    before do
      env["rack.logger"] = LOGGER
    end

    get "/" do
      halt 401 unless session[:user_id]
      books = DB[:books].where(owner_id: session[:user_id]).order(:title).all
      erb :shelf, locals: { books: books }
    end

    post "/books/:id/read" do
      halt 401 unless session[:user_id]
      DB[:books].where(id: params[:id], owner_id: session[:user_id]).update(read_at: Time.now)
      session[:last_read] = params[:id]
      redirect "/"
    end

    get "/covers/:isbn" do
      content_type "image/jpeg"
      COVERS.get("cover:#{params[:isbn]}") || halt(404)
    end
  end
end
