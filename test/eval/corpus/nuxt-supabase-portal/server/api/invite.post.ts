import { Resend } from 'resend'
import { supabaseAdmin } from '../utils/admin'

const resend = new Resend('re_M69Dupkj_XmwlCxE3de4gczecQwwqjiVi') // tfl-eval: hardcoded-credential

export default defineEventHandler(async (event) => {
  const { email } = await readBody<{ email: string }>(event)
  const { data, error } = await supabaseAdmin.auth.admin.inviteUserByEmail(email)
  if (error) throw createError({ statusCode: 400, statusMessage: 'Invite failed' })
  await resend.emails.send({ from: 'portal@example.com', to: email, subject: 'Welcome', html: '<p>Set your password to get started.</p>' }) // tfl-eval-not: hardcoded-credential
  return { id: data.user?.id }
})
