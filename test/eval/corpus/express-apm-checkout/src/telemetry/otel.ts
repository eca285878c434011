import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { getNodeAutoInstrumentations } from '@opentelemetry/auto-instrumentations-node';

const traceExporter = new OTLPTraceExporter({
  url: 'https://api.honeycomb.io/v1/traces',
  headers: {
    'x-honeycomb-team': 'ZWktYXWISMoKZRW4rmRzaM', // tfl-eval: hardcoded-credential
  },
});

const metricExporter = new OTLPMetricExporter({
  url: 'https://otlp-gateway-prod-eu-west-2.grafana.net/otlp/v1/metrics',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.GRAFANA_INSTANCE_ID}:${process.env.GRAFANA_API_TOKEN}`).toString('base64')}`, // tfl-eval-not: hardcoded-credential
  },
});

export const sdk = new NodeSDK({
  serviceName: 'checkout-api',
  traceExporter,
  metricReader: new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 30_000 }),
  instrumentations: [getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } })],
});
