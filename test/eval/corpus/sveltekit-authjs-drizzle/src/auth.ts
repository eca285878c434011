import { SvelteKitAuth } from '@auth/sveltekit'
import GitHub from '@auth/sveltekit/providers/github'
import Google from '@auth/sveltekit/providers/google'
import { DrizzleAdapter } from '@auth/drizzle-adapter'
import { AUTH_GOOGLE_SECRET } from '$env/static/private'
import { db } from '$lib/server/db'

export const { handle, signIn, signOut } = SvelteKitAuth({
  adapter: DrizzleAdapter(db),
  secret: 'p1gQIZ+90W+aF58VDJuRMLtiaGg+28w7o1Br48vRwyo=', // tfl-eval: hardcoded-credential
  trustHost: true,
  providers: [
    GitHub({ clientId: 'Ov23liES3R2i4hEdNlRg', clientSecret: '4e26428ad5981dfd25b3d7045f04ec5594934b62' }), // tfl-eval: hardcoded-credential
    Google({ clientId: '770408586764-u5c5gcl3ul0obe16nnp7rmvt29dxcbpa.apps.googleusercontent.com', clientSecret: AUTH_GOOGLE_SECRET }), // tfl-eval-not: hardcoded-credential
  ],
})
