class RidesController < ApplicationController
  PRICE_LABELS = { "day" => "Day pass", "month" => "Monthly", "single" => "Single ride" }.freeze # tfl-eval-not: memory-session-store

  def create
    ride = current_user.rides.create!(bike_id: params[:bike_id])
    session[:active_ride] = ride.id
    render json: { id: ride.id, plan: PRICE_LABELS[current_user.plan] }, status: :created
  end
end
