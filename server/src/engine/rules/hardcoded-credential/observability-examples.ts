// Batch CF's patterns, from observability agents' configs in Python, Ruby, JS/TS and the config around
// them: Honeycomb's `x-honeycomb-team` header, header lists in one value (OTEL_EXPORTER_OTLP_HEADERS),
// an SDK module started with its key (`rollbar.init('…')`); and the public or referring look-alikes beside them: browser SDK builds'
// project tokens, Datadog's `pub…` client tokens, Helm's `…ExistingSecret` names. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const OBSERVABILITY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      {
        name: "browser builds' project tokens, a Datadog client token and a header list read from the environment",
        path: 'web/src/analytics.ts',
        code: `import mixpanel from 'mixpanel-browser';
import * as amplitude from '@amplitude/analytics-browser';
import { datadogRum } from '@datadog/browser-rum';

mixpanel.init('8db8ecebd1a3f17dd3b436b96ebedd9c', { track_pageview: true });
amplitude.init('1e7dd2838a975d9e256fe1d7d63c81d2');
datadogRum.init({ applicationId: 'app', clientToken: 'pub2a3583bc9750b561cb3f9ff551c0b4e9', site: 'datadoghq.eu' });
process.env.OTEL_EXPORTER_OTLP_HEADERS ??= \`x-honeycomb-team=\${process.env.HONEYCOMB_API_KEY}\`;
`,
      },
    ],
    invalid: [
      {
        name: "Honeycomb's x-honeycomb-team header and a header list's key",
        path: 'src/telemetry/otel.ts',
        code: `import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';

export const exporter = new OTLPTraceExporter({ headers: { 'x-honeycomb-team': ⟦'FLukOX4rcjKmHB37wbRdJb'⟧ } });
process.env.OTEL_EXPORTER_OTLP_HEADERS = 'x-honeycomb-team=⟦7JeSBi10Zt3l0z0lv3m5EV⟧,x-honeycomb-dataset=checkout';
`,
        severity: 'error',
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'SDK starters given a name, a URL or the environment; a header list without a key',
        path: 'ledger/observability/metrics.py',
        code: `import os

import rollbar
import sentry_sdk
import mimetypes

rollbar.init(os.environ["ROLLBAR_ACCESS_TOKEN"], environment="production")
sentry_sdk.init("https://examplePublicKey@o0.ingest.sentry.io/0")
mimetypes.init(["/etc/mime.types"])
os.environ.setdefault("OTEL_EXPORTER_OTLP_HEADERS", "x-honeycomb-dataset=ledger")
`,
      },
      {
        // A header carries a key an API issued: a short word is the name of what holds the key.
        name: "qemu-img's `key-secret=` option naming the secret object that holds a LUKS key",
        path: 'cinder/image/image_utils.py',
        code: `def convert_to_luks(source, dest, passphrase_file):
    cmd = ['qemu-img', 'convert', '--object', f'secret,id=sec0,file={passphrase_file}']
    output_opts = ['-O', 'luks', '-o', 'key-secret=sec0', dest]
    return cmd + [source] + output_opts
`,
      },
    ],
    invalid: [
      {
        name: "rollbar.init('…'), Honeycomb's header in an OTLP exporter and in a header list",
        path: 'ledger/observability/tracing.py',
        code: `import os

import rollbar
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

rollbar.init(⟦"b1fa05a4a429b3be7bbc184eb5e4871a"⟧, environment="production")
exporter = OTLPSpanExporter(headers={"x-honeycomb-team": ⟦"aNlBwqP1YN6Rqbp6GsZ9Nj"⟧})
os.environ.setdefault("OTEL_EXPORTER_OTLP_HEADERS", "x-honeycomb-team=⟦DzDPmbTBD2JNoFg4giN5uz⟧")
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a header list read from the environment',
        path: 'config/initializers/opentelemetry.rb',
        code: `ENV['OTEL_EXPORTER_OTLP_HEADERS'] ||= "x-honeycomb-team=#{ENV.fetch('HONEYCOMB_API_KEY')}"\n`,
      },
    ],
    invalid: [
      {
        name: "Honeycomb's key in OTEL_EXPORTER_OTLP_HEADERS",
        path: 'config/initializers/opentelemetry.rb',
        code: `ENV['OTEL_EXPORTER_OTLP_HEADERS'] ||= 'x-honeycomb-team=⟦jbX9FmhGlLi8Bp0ZBzAR9M⟧'\n`,
        severity: 'error',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "Helm values naming existing Secrets, and an exporter's header from the environment",
        path: 'helm/datadog-values.yaml',
        code: `datadog:
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
clusterAgent:
  tokenExistingSecret: datadog-cluster-agent-token
exporters:
  otlp/newrelic:
    headers:
      api-key: \${env:NEW_RELIC_LICENSE_KEY}
`,
      },
      {
        name: 'a header list whose key header holds the name of a stored key, not a generated one',
        path: 'deploy/agent.yaml',
        code: `env:
  OTEL_EXPORTER_OTLP_HEADERS: x-api-key=ingest_key,x-dataset=ledger
`,
      },
    ],
    invalid: [
      {
        name: "an OTel collector's Honeycomb header and a header list in a container's environment",
        path: 'otel-collector/config.yaml',
        code: `exporters:
  otlphttp/honeycomb:
    headers:
      x-honeycomb-team: ⟦1vA2CX3QfGmZIlQG6TYB6z⟧
env:
  OTEL_EXPORTER_OTLP_HEADERS: x-honeycomb-team=⟦af48d6VTMnVMoOhLDpZAQdJo⟧,x-honeycomb-dataset=ledger
`,
        severity: 'error',
      },
    ],
  },
  ini: {
    valid: [
      {
        name: "sentry-cli's .sentryclirc without a token (sentry-cli reads SENTRY_AUTH_TOKEN)",
        path: '.sentryclirc',
        code: '[defaults]\nurl = https://sentry.io/\norg = ledgerly\nproject = ledger-api\n',
      },
    ],
    invalid: [
      {
        name: "sentry-cli's .sentryclirc [auth] token",
        path: '.sentryclirc',
        code: '[defaults]\norg = ledgerly\n\n[auth]\ntoken = ⟦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⟧\n',
        severity: 'error',
      },
    ],
  },
};
