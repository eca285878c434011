import NextAuth from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';
import EmailProvider from 'next-auth/providers/email';

export default NextAuth({
  secret: '0TV6lW1R39gGiIJD2VGZj9vGNS+1eXPR2/C6Gh5D', // tfl-eval: hardcoded-credential
  providers: [
    GitHubProvider({
      clientId: 'Iv1.a15afb88d2595e6c762ba69102dbf014',
      clientSecret: 'b26663d8cdb1e01bd100894b6ac3c699f85bd65c', // tfl-eval: hardcoded-credential
    }),
    EmailProvider({
      server: 'smtp://apikey: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@smtp.sendgrid.net:587', // tfl-eval: hardcoded-credential, hardcoded-backing-service
      from: 'SaaS <no-reply@saas.example.com>',
    }),
  ],
  pages: { signIn: '/login', error: '/login?error=1' },
});
