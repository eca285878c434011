require "sinatra"
require "sinatra/reloader" if development?
require "./lib/word"
require "./lib/definition"
require "./lib/part_of_speech"

get "/" do
  @words = Word.all
  erb :words
end

post "/words" do
  Word.new(name: params[:name], id: nil).save
  redirect "/"
end

get "/words/:id" do
  @word = Word.find(params[:id].to_i)
  @definitions = Definition.find_by_word(@word.id)
  @parts = PartOfSpeech.all
  erb :word
end

post "/words/:id/definitions" do
  Definition.new(text: params[:text], word_id: params[:id].to_i).save
  redirect "/words/#{params[:id]}"
end
