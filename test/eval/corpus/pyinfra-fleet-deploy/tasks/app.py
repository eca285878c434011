from pyinfra import host
from pyinfra.operations import files, server, systemd

files.template(
    name="Render the app's environment file",
    src="files/fleet.env.j2",
    dest="/etc/fleet/fleet.env",
    mode="600",
    secret_key=host.data.app_secret_key,  # tfl-eval-not: hardcoded-credential
    database_password=host.data.get("database_password"),  # tfl-eval-not: hardcoded-credential
)

server.shell(
    name="Register with the metrics agent",
    commands=["grafana-agent-register --token glc_eyJvIjoiODQ3MjYxIiwibiI6ImZsZWV0LWFnZW50IiwiayI6IjVoNE9EWVZwTlZqUkk5MWZjbm94OTBBcmZ5QU45UExRIiwibSI6eyJyIjoiZXUifX0= --url https://prometheus-eu.grafana.net"],  # tfl-eval: hardcoded-credential
)

systemd.service(name="Restart fleet", service="fleet", restarted=True, daemon_reload=True)
