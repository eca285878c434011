package dev.rooms

import org.springframework.stereotype.Component
import org.springframework.web.socket.CloseStatus
import org.springframework.web.socket.TextMessage
import org.springframework.web.socket.WebSocketSession
import org.springframework.web.socket.handler.TextWebSocketHandler
import java.util.concurrent.ConcurrentHashMap

@Component
class RoomSocketHandler : TextWebSocketHandler() {
    private val userSessions = ConcurrentHashMap<String, WebSocketSession>() // tfl-eval-not: memory-session-store
    private val lastRoomByUser = ConcurrentHashMap<String, String>() // tfl-eval: memory-session-store

    override fun afterConnectionEstablished(session: WebSocketSession) {
        val user = session.principal?.name ?: return
        userSessions[user] = session
        lastRoomByUser[user]?.let { session.sendMessage(TextMessage("rejoin:$it")) }
    }

    override fun handleTextMessage(session: WebSocketSession, message: TextMessage) {
        val user = session.principal?.name ?: return
        lastRoomByUser[user] = message.payload
    }

    override fun afterConnectionClosed(session: WebSocketSession, status: CloseStatus) {
        session.principal?.name?.let { userSessions.remove(it) }
    }
}
