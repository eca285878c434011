import nodemailer from 'nodemailer'
import type { Application } from '../declarations'

export const mailer = (app: Application) => {
  const transporter = nodemailer.createTransport({
    host: 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
    port: 587,
    secure: false,
    auth: {
      user: 'apikey',
      pass: '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' // tfl-eval: hardcoded-credential
    }
  })

  app.set('mailer', transporter)
}

export interface PasswordResetEmail {
  to: string
  resetPasswordToken: string // tfl-eval-not: hardcoded-credential
}

export const resetSubject = 'Reset your helpdesk password' // tfl-eval-not: hardcoded-credential
