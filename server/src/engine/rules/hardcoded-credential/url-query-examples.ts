// Credentials in a URL's query (batch R: a DingTalk robot's webhook, an API key in a search URL) in
// Python, Ruby and JS/TS, as Java reads them: the parameter's name says what the value is. Values
// are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const URL_QUERY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: 'query values filled in at run time, a reset link without a token, a parameter that is no credential',
        path: 'src/notify.js',
        code: `const hook = \`https://oapi.dingtalk.com/robot/send?access_token=\${process.env.DINGTALK_TOKEN}\`;
const search = 'https://api.example.com/v1/search?api_key=' + apiKey + '&q=shoes';
const reset = 'https://shop.example.com/reset?token=&user=42';
const page = 'https://shop.example.com/orders?page=2&sort=created_at';
const docs = 'https://api.example.com/v1?api_key=YOUR_API_KEY';
`,
      },
    ],
    invalid: [
      {
        name: "a robot webhook's access token, and a key in the query of a search URL (the fix moves the whole URL)",
        path: 'app/service/notify.js',
        code: `const DINGTALK_WEBHOOK = 'https://oapi.dingtalk.com/robot/send?access_token=⟦3212a4d22412d650870b155c4961b39d0458f1615cd0976e908d9e07b214b87d⟧';
fetch(\`https://api.example.com/v1/search?api_key=⟦69082375f1a0b9ef10912cb6c45503d6⟧&q=\${query}\`);
`,
        messageIncludes: ['parameter of a URL', 'process.env.SERVICE_URL'],
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'f-string and %-format fields in the query, a token read from the environment',
        path: 'app/alerts.py',
        code: `import os
import requests
requests.get(f"https://api.example.com/v1/search?api_key={api_key}&q=x")
requests.get("https://api.example.com/v1/search?api_key=%s" % key)
requests.get("https://api.example.com/v1/search?api_key=%(key)s" % params)
HOOK = "https://oapi.dingtalk.com/robot/send?access_token=" + os.environ["DINGTALK_TOKEN"]
`,
      },
    ],
    invalid: [
      {
        name: 'a token in the query of a webhook URL, a key in an f-string URL beside a filled-in field',
        path: 'app/alerts.py',
        code: `HOOK = "https://oapi.dingtalk.com/robot/send?access_token=⟦3212a4d22412d650870b155c4961b39d0458f1615cd0976e908d9e07b214b87d⟧"
requests.get(f"https://api.example.com/v1/search?apikey=⟦NOFTE1yyS6te8dqC3VFvpazMiR4VE996⟧&q={query}")
`,
        messageIncludes: ['parameter of a URL', 'os.environ["SERVICE_URL"]'],
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'an interpolated token, a URL without credentials',
        path: 'lib/notifier.rb',
        code: `HOOK = "https://oapi.dingtalk.com/robot/send?access_token=#{ENV.fetch('DINGTALK_TOKEN')}"
FEED = 'https://status.example.com/feed?format=json&page=1'
`,
      },
    ],
    invalid: [
      {
        name: 'a token in the query of a webhook URL',
        path: 'lib/notifier.rb',
        code: `HOOK = 'https://oapi.dingtalk.com/robot/send?access_token=⟦713e2114648677eed1d79abbb2b00a80ab0bbd7469082375f1a0b9ef10912cb6c45503d6⟧'
Net::HTTP.get(URI("https://api.example.com/v1/rates?api_key=⟦NOFTE1yyS6te8dqC3VFvpazMiR4VE996⟧&base=EUR"))
`,
        messageIncludes: ['parameter of a URL', 'ENV.fetch("SERVICE_URL")'],
      },
    ],
  },
};
