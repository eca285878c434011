import type { NextAuthOptions } from 'next-auth';
import GitHub from 'next-auth/providers/github';

export const authOptions: NextAuthOptions = {
  providers: [
    GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }), // tfl-eval-not: hardcoded-credential
  ],
  secret: process.env.NEXTAUTH_SECRET ?? 'qCtsrXAD3rg53wOqr9T5', // tfl-eval: hardcoded-credential
  pages: { signIn: '/login' },
};
