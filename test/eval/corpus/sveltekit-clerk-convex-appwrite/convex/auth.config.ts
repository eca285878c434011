export default {
  providers: [
    {
      domain: process.env.CLERK_JWT_ISSUER_DOMAIN ?? 'https://clerk.acme-notes.dev',
      applicationID: 'convex', // tfl-eval-not: hardcoded-credential
    },
  ],
};
