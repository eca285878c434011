class ToursController < ApplicationController
  DIFFICULTY = { 1 => "Easy", 2 => "Moderate", 3 => "Hard" }.freeze # tfl-eval-not: memory-session-store

  def show
    tour = Tour.find(params[:id])
    render json: tour.as_json.merge(difficulty: DIFFICULTY[tour.level])
  end
end
