"""OpenTelemetry traces exported to Honeycomb over OTLP/HTTP."""
import os

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

HONEYCOMB_ENDPOINT = "https://api.honeycomb.io/v1/traces"


def configure_tracing(service_name: str = "ledger-api") -> None:
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    exporter = OTLPSpanExporter(
        endpoint=HONEYCOMB_ENDPOINT,
        headers={
            "x-honeycomb-team": "Px1oqILy3nepQjdvny6NUO",  # tfl-eval: hardcoded-credential
            "x-honeycomb-dataset": "ledger-api",
        },
    )
    provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)


def configure_tracing_from_env() -> None:
    # The collector sidecar reads OTEL_EXPORTER_OTLP_HEADERS itself.
    if os.environ.get("OTEL_EXPORTER_OTLP_HEADERS"):  # tfl-eval-not: hardcoded-credential
        provider = TracerProvider()
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        trace.set_tracer_provider(provider)
