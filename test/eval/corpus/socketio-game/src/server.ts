import { createServer } from 'node:http'
import { Server } from 'socket.io'
import { createAdapter } from '@socket.io/redis-adapter'
import { instrument } from '@socket.io/admin-ui'
import { Redis } from 'ioredis'
import { registerLobby } from './lobby'

const httpServer = createServer()
const io = new Server(httpServer, { cors: { origin: ['https://play.quizrush.gg', 'https://admin.socket.io'], credentials: true } })

const pub = new Redis({ host: 'redis-quizrush.fly.dev', port: 6379, password: 'uLRa1vTRXaAEJ59t0TbKsdU5', family: 6 }) // tfl-eval: hardcoded-credential, hardcoded-backing-service
const sub = pub.duplicate()
io.adapter(createAdapter(pub, sub))

instrument(io, {
  auth: {
    type: 'basic',
    username: 'admin',
    password: '$2b$10$zVA9JziC5xJwDW8a2NjNwsE1Abqfmi1zrd2dhdOi7Y6MasryfjzPP', // tfl-eval-not: hardcoded-credential
  },
  mode: 'production',
})

io.on('connection', (socket) => registerLobby(io, socket))

const shutdown = () => io.close(() => process.exit(0))
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
httpServer.listen(Number(process.env.PORT ?? 3000))
