class RehearsalsController < ApplicationController
  VOICE_PARTS = { "s" => "Soprano", "a" => "Alto", "t" => "Tenor", "b" => "Bass" }.freeze # tfl-eval-not: memory-session-store

  def show
    rehearsal = Rehearsal.find(params[:id])
    session[:last_rehearsal] = rehearsal.id
    render json: rehearsal.as_json.merge(part: VOICE_PARTS[current_member.part])
  end
end
