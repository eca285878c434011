import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';
import Credentials from 'next-auth/providers/credentials';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from './prisma';

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  secret: process.env.AUTH_SECRET ?? 'MmaiFJYbqCu7PSNoMSQEK3ANm5oB6B536DDQKq1P', // tfl-eval: hardcoded-credential
  providers: [
    GitHub({ clientId: 'Ov23liZ8xQ2mK7pL9vT3', clientSecret: '0673c692d85e53a4d234ed8d3f8be26b4cgUYTJ2' }), // tfl-eval: hardcoded-credential
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } }, // tfl-eval-not: hardcoded-credential
      authorize: async (credentials) => {
        const user = await prisma.user.findUnique({ where: { email: String(credentials.email) } });
        return user ?? null;
      },
    }),
  ],
});
