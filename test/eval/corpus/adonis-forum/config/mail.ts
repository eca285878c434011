import { defineConfig, transports } from '@adonisjs/mail'

const mailConfig = defineConfig({
  default: 'smtp',
  mailers: {
    smtp: transports.smtp({
      host: 'smtp.mailersend.net',
      port: 587,
      auth: {
        type: 'login',
        user: 'MS_forum@forum.example',
        pass: 'lDuZ8CR5QpT4KgKBmgulyzNx', // tfl-eval: hardcoded-credential
      },
    }),
  },
})

export default mailConfig
