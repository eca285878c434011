class RecipesController < ApplicationController
  def index
    render json: Recipe.order(:title).limit(50)
  end
end
