/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { remotePatterns: [{ protocol: 'https', hostname: 'images.ctfassets.net' }] },
  env: {
    NEXT_PUBLIC_SITE_URL: 'https://tickets.example.com',
    NEXT_PUBLIC_STRIPE_KEY: 'pk_live_s7drZUPhj6rMWSuzyKsUfyAK', // tfl-eval-not: hardcoded-credential
    TICKETMASTER_API_SECRET: 'WiJVtBNGcSRThp6BaOgHuKb53dogYwcS', // tfl-eval: hardcoded-credential
  },
  serverRuntimeConfig: {
    sessionPassword: 'complex_password_at_least_32_characters_long', // tfl-eval: hardcoded-credential
  },
}

module.exports = nextConfig
