import { Resend } from 'resend'

const resend = new Resend('re_RzsHwLeW_pAElDApCCJGvL6msFHwuQqEw') // tfl-eval: hardcoded-credential

const FROM = 'Habits <reminders@habits.app>'

export async function sendReminder(to: string, habit: string) {
  await resend.emails.send({
    from: FROM,
    to,
    subject: `Time for: ${habit}`,
    html: `<p>Don't break the streak! Your habit <b>${habit}</b> is waiting.</p>`,
  })
}

export async function sendPasswordReset(to: string, token: string) {
  const link = `https://habits.app/reset?token=${encodeURIComponent(token)}`
  await resend.emails.send({ from: FROM, to, subject: 'Reset your password', html: `<a href="${link}">Choose a new password</a>` })
}
