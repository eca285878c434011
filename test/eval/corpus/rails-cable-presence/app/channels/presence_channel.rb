# Who is looking at which board, for the avatars in the board header.
class PresenceChannel < ApplicationCable::Channel
  ONLINE = Concurrent::Map.new # tfl-eval: memory-session-store
  CURSOR_COLORS = %w[teal amber rose indigo].freeze

  def subscribed
    stream_from "presence:#{params[:board_id]}"
    ONLINE[current_user.id] = params[:board_id]
    broadcast_members
  end

  def unsubscribed
    ONLINE.delete(current_user.id)
    broadcast_members
  end

  private

  def broadcast_members
    members = ONLINE.each_pair.select { |_user, board| board == params[:board_id] }.map(&:first)
    ActionCable.server.broadcast("presence:#{params[:board_id]}", { members: members })
  end
end
