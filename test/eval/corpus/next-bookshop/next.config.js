/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { domains: ['covers.bookshop-cdn.example.com'] },
  env: {
    NEXT_PUBLIC_STRIPE_KEY: 'pk_live_VOankfXLPqUoad0fVo6iBW0dpjePalzz', // tfl-eval-not: hardcoded-credential
    ALGOLIA_ADMIN_KEY: '4b60851cf6eb6752d3ae686ec810b7c8', // tfl-eval: hardcoded-credential
  },
  serverRuntimeConfig: {
    stripeSecret: 'sk_live_GY6OagwPrn79orJBvO3oiUFt', // tfl-eval: hardcoded-credential
  },
};

module.exports = nextConfig;
