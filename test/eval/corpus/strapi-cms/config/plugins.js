module.exports = ({ env }) => ({
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', 'smtp.example.com'),
        port: env('SMTP_PORT', 587),
        auth: {
          user: env('SMTP_USERNAME'),
          pass: env('SMTP_PASSWORD'), // tfl-eval-not: hardcoded-credential
        },
      },
    },
  },
  upload: {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        s3Options: {
          credentials: {
            accessKeyId: env('AWS_ACCESS_KEY_ID'),
            secretAccessKey: 'dkLJzU+XSL0grWgVtRJVgOaq4tiNiaHfIoM6tVH7', // tfl-eval: hardcoded-credential
          },
          region: env('AWS_REGION'),
        },
      },
    },
  },
});
