require "faye/websocket"

module Pager
  class Hub
    def initialize
      @sockets_by_user = {} # tfl-eval-not: memory-session-store
    end

    def call(env)
      return [404, {}, []] unless Faye::WebSocket.websocket?(env)

      ws = Faye::WebSocket.new(env)
      user_id = Rack::Request.new(env).params["user"]
      @sockets_by_user[user_id] = ws
      ws.on(:close) { @sockets_by_user.delete(user_id) }
      ws.rack_response
    end

    def page(user_id, text)
      @sockets_by_user[user_id]&.send(text)
    end
  end
end
