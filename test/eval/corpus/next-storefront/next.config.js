/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_SITE_NAME: 'Storefront', // tfl-eval-not: hardcoded-credential
  },
  serverRuntimeConfig: {
    previewSecret: 'M7TOIPJfTNhOGQTGNxnKb6QEfJs9QuYt', // tfl-eval: hardcoded-credential
  },
};
