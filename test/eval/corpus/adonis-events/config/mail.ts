import Env from '@ioc:Adonis/Core/Env'
import { mailConfig } from '@adonisjs/mail/build/config'

export default mailConfig({
  mailer: 'smtp',
  mailers: {
    smtp: {
      driver: 'smtp',
      host: Env.get('SMTP_HOST'),
      port: Env.get('SMTP_PORT'),
      auth: {
        user: Env.get('SMTP_USERNAME'),
        pass: Env.get('SMTP_PASSWORD'), // tfl-eval-not: hardcoded-credential
        type: 'login',
      },
    },
    mailgun: {
      driver: 'mailgun',
      baseUrl: 'https://api.mailgun.net/v3',
      key: 'key-02f20b572050a3b36e6fed0b9a1ad1f9', // tfl-eval: hardcoded-credential
      domain: 'mg.events.example.com',
    },
  },
})
