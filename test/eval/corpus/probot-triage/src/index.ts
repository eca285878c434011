import { Probot, createNodeMiddleware } from 'probot'
import { createServer } from 'node:http'
import { labelNewIssue } from './triage'
import { notifyLinear } from './linear'

const probot = new Probot({
  appId: 318244, // tfl-eval-next-line: hardcoded-credential
  privateKey: `-----BEGIN RSA PRIVATE KEY-----
Epw2vvy6yNXtYAqhjtEY2It/zISx4HTJFNJgogUhEwXWRbusfN2DO4B//O/XjT5+
O4AQtImec1IT9orxdWy0qY5oZzjduLgT67JP1P6+A8YxNa7OrCmPmS0yrp34IDRD
+YO3kPJegpT4N2ZCQIQhmER6m5LW1Y59EXIF5xeL8SvX/SPUuCw2rF76qwz0xcrQ
0IvLb+NRuaRD0Wjgvkf4JXkr4jzx+B6c2JHLYRFts0koOsXOWW/TDVVqgPx8ZQl9
Qpc2NgFcdMXkIDdpKykEjCHw0kGIXUlYjxiRxPjk==
-----END RSA PRIVATE KEY-----`,
  secret: 'ece065555a992a0856075db27e0808a61b123d71', // tfl-eval: hardcoded-credential
})

const app = (bot: Probot) => {
  bot.on('issues.opened', async (context) => {
    await labelNewIssue(context)
    await notifyLinear(context.payload.issue.title, context.payload.issue.html_url)
  })
  bot.on('pull_request.opened', async (context) => {
    const { additions, deletions } = context.payload.pull_request
    const size = additions + deletions > 500 ? 'size/L' : additions + deletions > 100 ? 'size/M' : 'size/S'
    await context.octokit.issues.addLabels(context.issue({ labels: [size] }))
  })
}

createServer(createNodeMiddleware(app, { probot, webhooksPath: '/api/github/webhooks' })).listen(process.env.PORT ?? 3000) // tfl-eval: no-graceful-shutdown
