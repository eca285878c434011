/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    STRIPE_SECRET_KEY: "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",  // tfl-eval: hardcoded-credential
    SUPPORT_EMAIL: "help@support.example.com",
  },
};
