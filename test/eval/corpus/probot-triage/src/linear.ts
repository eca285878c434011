import { LinearClient } from '@linear/sdk'

const linear = new LinearClient({ apiKey: 'lin_api_j6HXjJWxM0EqwLw9zAUf3UYWEud9dpQDIoxa0zZ1' }) // tfl-eval: hardcoded-credential
const TRIAGE_TEAM_ID = '9845c937-0cb2-e9be-46cb-cc54e52617c0' // tfl-eval-not: hardcoded-credential

export async function notifyLinear(title: string, url: string) {
  await linear.createIssue({ teamId: TRIAGE_TEAM_ID, title: `[GitHub] ${title}`, description: url })
}
