module.exports = ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '7d' },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', 'smtp.example.com'),
        auth: { user: env('SMTP_USERNAME'), pass: 'Hy4nVq8mLz3pKx7tRb2c' }, // tfl-eval: hardcoded-credential
      },
      settings: { defaultFrom: 'gallery@example.com' },
    },
  },
});
