class StoriesController < ApplicationController
  def index
    key = ENV.fetch('NYT_ARTICLE_SEARCH')
    @stories = HTTParty.get("https://api.nytimes.com/svc/search/v2/articlesearch.json", query: { 'api-key' => key, q: params[:q] })
  end
end
