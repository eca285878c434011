import type { Context } from 'probot'

const AREAS: Record<string, string[]> = {
  'area/auth': ['login', 'password', 'token', 'oauth', 'sso'],
  'area/billing': ['invoice', 'stripe', 'refund'],
  'area/api': ['endpoint', 'graphql', 'rest'],
}

export async function labelNewIssue(context: Context<'issues.opened'>) {
  const text = `${context.payload.issue.title} ${context.payload.issue.body ?? ''}`.toLowerCase()
  const labels = Object.entries(AREAS)
    .filter(([, words]) => words.some((word) => text.includes(word)))
    .map(([label]) => label)
  if (labels.length) await context.octokit.issues.addLabels(context.issue({ labels }))
  if (text.includes('password') || text.includes('token')) {
    await context.octokit.issues.createComment(
      context.issue({ body: 'Please never paste a real password or token into an issue. Rotate it if you did.' }), // tfl-eval-not: hardcoded-credential
    )
  }
}
