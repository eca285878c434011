import nconf from 'nconf';
import nodemailer from 'nodemailer';

nconf
  .argv()
  .env({ separator: '__' })
  .file({ file: 'config/mailer.json' })
  .defaults({
    smtp: {
      host: 'smtp.postmarkapp.com', // tfl-eval: hardcoded-backing-service
      port: 587,
      user: 'orders-mailer',
      password: 'SObUlNiMPANxeXhN2O', // tfl-eval: hardcoded-credential
    },
  });

export const transport = nodemailer.createTransport({
  host: nconf.get('smtp:host'),
  port: nconf.get('smtp:port'),
  auth: { user: nconf.get('smtp:user'), pass: nconf.get('smtp:password') },
});
