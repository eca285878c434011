require 'sinatra'
require 'json'
require_relative 'lib/links'

enable :sessions # tfl-eval: per-process-secret
set :public_folder, File.join(__dir__, 'public')

helpers do
  def signed_in?
    !session[:user_id].nil?
  end
end

post '/login' do
  session[:user_id] = params[:user_id]
  redirect '/'
end

post '/links' do
  halt 401 unless signed_in?
  Links.shorten(params[:url], owner: session[:user_id]).to_json
end
