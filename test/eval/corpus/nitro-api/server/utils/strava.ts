const STRAVA_CLIENT_ID = '736941' // tfl-eval-not: hardcoded-credential
const STRAVA_CLIENT_SECRET = '2030f36f27d05d066a7bdecde654836a7f0a62f6' // tfl-eval: hardcoded-credential

export async function exchangeCode(code: string) {
  return $fetch('https://www.strava.com/oauth/token', {
    method: 'POST',
    body: { client_id: STRAVA_CLIENT_ID, client_secret: STRAVA_CLIENT_SECRET, code, grant_type: 'authorization_code' },
  })
}
