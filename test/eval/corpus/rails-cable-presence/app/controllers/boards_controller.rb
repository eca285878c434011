class BoardsController < ApplicationController
  before_action :authenticate_user!

  def show
    @board = current_user.boards.find(params[:id])
    @colors = PresenceChannel::CURSOR_COLORS
  end
end
