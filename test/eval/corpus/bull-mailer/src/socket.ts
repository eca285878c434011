import { Server } from 'socket.io'
import { instrument } from '@socket.io/admin-ui'

export function attachAdmin(io: Server) {
  instrument(io, {
    auth: {
      type: 'basic',
      username: 'admin',
      password: '$2b$10$heqvAkYMez.Va6Et2uXInOnkCT6/uQj1brkrbyG3LpopDklcq7ZOS', // tfl-eval-not: hardcoded-credential
    },
    mode: 'production',
  })
}
