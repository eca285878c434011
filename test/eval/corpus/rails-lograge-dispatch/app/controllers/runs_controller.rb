class RunsController < ApplicationController
  STATUSES = %w[queued en_route delivered].freeze # tfl-eval-not: memory-session-store

  def index
    @runs = Run.where(dispatcher_id: session[:dispatcher_id]).order(:eta)
  end
end
