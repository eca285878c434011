require "sinatra"
require "sinatra/activerecord"
require "./lib/exporter_registry"
require "./lib/rate_cache"
require "./lib/album"

ExporterRegistry.register(:csv, ->(rows) { rows.map { |r| r.join(",") }.join("\n") })
ExporterRegistry.register(:tsv, ->(rows) { rows.map { |r| r.join("\t") }.join("\n") })

post "/albums" do
  Album.new(title: params[:title]).save
  redirect "/albums"
end

get "/albums" do
  @albums = Album.all
  @rate = RateCache.save("EUR", 1.08)
  erb :albums
end

get "/export/:format" do
  ExporterRegistry.fetch(params[:format].to_sym).call(Album.pluck(:id, :title))
end
