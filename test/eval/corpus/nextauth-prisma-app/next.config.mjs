/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    NEXT_PUBLIC_POSTHOG_KEY: 'phc_LSGAOVvyc7aJCFJ3uLAnNdedYZA1qpePk4x9Q2', // tfl-eval-not: hardcoded-credential
    RESEND_API_KEY: 're_6FI1NhWu_Huq0nzHwXcF0NfkKAUM72lA4', // tfl-eval: hardcoded-credential
  },
  images: { remotePatterns: [{ hostname: 'avatars.githubusercontent.com' }] },
};

export default nextConfig;
