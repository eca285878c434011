/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_API_URL: 'https://kiosk.example.org/api', // tfl-eval-not: hardcoded-credential
    NEXTAUTH_SECRET: 'MKH12haqD7h5yveMyZu51Tnx8ELrTynZ', // tfl-eval: hardcoded-credential
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY, // tfl-eval-not: hardcoded-credential
  },
};
