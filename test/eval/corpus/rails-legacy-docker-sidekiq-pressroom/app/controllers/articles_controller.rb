class ArticlesController < ApplicationController
  def index
    @articles = Article.published.order(published_at: :desc).limit(20)
  end

  def publish
    article = Article.find(params[:id])
    article.update!(published_at: Time.current)
    DigestWorker.perform_async(article.author_id)
    redirect_to article, notice: "Published"
  end
end
