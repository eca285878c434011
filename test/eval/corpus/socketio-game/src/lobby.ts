import type { Server, Socket } from 'socket.io'
import jwt from 'jsonwebtoken'

const ROOM_TOKEN_SECRET = 'quizrush-rooms-UovvN9nqtcPE' // tfl-eval: hardcoded-credential
const MESSAGES = {
  wrongPassword: 'That room password is not right, ask the host again.', // tfl-eval-not: hardcoded-credential
  tokenExpired: 'Your invite expired.', // tfl-eval-not: hardcoded-credential
}

export function registerLobby(io: Server, socket: Socket) {
  socket.on('room:create', (name: string, password: string | undefined, ack: (token: string) => void) => {
    const roomId = `${name}-${Math.random().toString(36).slice(2, 8)}`
    socket.join(roomId)
    ack(jwt.sign({ roomId, host: socket.id, locked: Boolean(password) }, ROOM_TOKEN_SECRET, { expiresIn: '2h' }))
  })
  socket.on('room:join', (token: string, password: string | undefined, ack: (error?: string) => void) => {
    try {
      const { roomId, locked } = jwt.verify(token, ROOM_TOKEN_SECRET) as { roomId: string; locked: boolean }
      if (locked && !password) return ack(MESSAGES.wrongPassword)
      socket.join(roomId)
      io.to(roomId).emit('room:joined', socket.id)
      ack()
    } catch {
      ack(MESSAGES.tokenExpired)
    }
  })
}
