import { z } from 'zod'
import bcrypt from 'bcryptjs'
import { TRPCError } from '@trpc/server'
import { router, publicProcedure, signSession } from '../trpc'

const credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8, 'Password must be at least 8 characters'), // tfl-eval-not: hardcoded-credential
})

export const authRouter = router({
  signUp: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
    const passwordHash = await bcrypt.hash(input.password, 12)
    const user = await ctx.prisma.user.create({ data: { email: input.email, passwordHash } })
    return { token: signSession(user.id) }
  }),
  signIn: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
    const user = await ctx.prisma.user.findUnique({ where: { email: input.email } })
    const ok = user && (await bcrypt.compare(input.password, user.passwordHash))
    if (!ok) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Wrong email or password' })
    return { token: signSession(user.id) }
  }),
  resetPassword: publicProcedure
    .input(z.object({ token: z.string().length(64), newPassword: z.string().min(8) }))
    .mutation(async ({ ctx, input }) => {
      const reset = await ctx.prisma.passwordReset.findUnique({ where: { token: input.token } })
      if (!reset || reset.expiresAt < new Date()) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Reset link expired' })
      await ctx.prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(input.newPassword, 12) } })
      return { ok: true }
    }),
})
