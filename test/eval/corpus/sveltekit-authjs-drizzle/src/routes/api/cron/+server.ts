import { json, error } from '@sveltejs/kit'
import { CRON_SECRET } from '$env/static/private'

export async function GET({ request }) {
  if (request.headers.get('authorization') !== `Bearer ${CRON_SECRET}`) throw error(401, 'Unauthorized') // tfl-eval-not: hardcoded-credential
  return json({ ok: true })
}
