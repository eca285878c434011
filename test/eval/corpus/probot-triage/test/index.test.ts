import nock from 'nock'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Probot, ProbotOctokit } from 'probot'
import { describe, it, beforeEach } from 'vitest'
import { labelNewIssue } from '../src/triage'

const privateKey = readFileSync(join(__dirname, 'fixtures/mock-cert.pem'), 'utf8')

describe('triage', () => {
  let probot: Probot
  beforeEach(() => {
    nock.disableNetConnect()
    probot = new Probot({ appId: 123, privateKey, secret: 'test', Octokit: ProbotOctokit.defaults({ retry: { enabled: false } }) }) // tfl-eval-not: hardcoded-credential
    probot.load((app) => app.on('issues.opened', labelNewIssue))
  })
  it('labels auth issues', async () => {
    nock('https://api.github.com').post('/app/installations/2/access_tokens').reply(200, { token: 'ghs_test' })
  })
})
