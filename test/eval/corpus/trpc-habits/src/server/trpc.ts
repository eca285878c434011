import { initTRPC, TRPCError } from '@trpc/server'
import type { CreateNextContextOptions } from '@trpc/server/adapters/next'
import superjson from 'superjson'
import jwt from 'jsonwebtoken'
import { prisma } from './db'

const JWT_SECRET = process.env.JWT_SECRET || 'MLsXaectmchQ6htyZB6habwosizo5anf' // tfl-eval: hardcoded-credential

export async function createContext({ req }: CreateNextContextOptions) {
  const header = req.headers.authorization
  if (!header?.startsWith('Bearer ')) return { prisma, userId: null }
  try {
    const payload = jwt.verify(header.slice(7), JWT_SECRET) as { sub: string }
    return { prisma, userId: payload.sub }
  } catch {
    return { prisma, userId: null }
  }
}

const t = initTRPC.context<typeof createContext>().create({ transformer: superjson })

export const router = t.router
export const publicProcedure = t.procedure
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Missing or expired token' }) // tfl-eval-not: hardcoded-credential
  return next({ ctx: { ...ctx, userId: ctx.userId } })
})

export function signSession(userId: string) {
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '7d' })
}
