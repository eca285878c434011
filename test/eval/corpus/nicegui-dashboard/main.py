from nicegui import app, ui
from influxdb_client import InfluxDBClient

INFLUX = InfluxDBClient(
    url="https://eu-central-1-1.aws.cloud2.influxdata.com",
    token="ucJ-piZ6Ar1EXLaWMkqmtcA4ViSDP5ZBW1NcbATVuucbhz7eTWTGEleYxwQVPoorrDe9nIP40GoSOzCnY6p-ZS==",  # tfl-eval: hardcoded-credential
    org="greenhouse",
)
USERS = {"grower": "PIDi2uXlutgZFD", "viewer": "p7cqY5u7GzO1"}  # tfl-eval: hardcoded-credential


@ui.page("/login")
def login():
    def try_login():
        if USERS.get(username.value) == password.value:
            app.storage.user.update({"username": username.value, "authenticated": True})
            ui.navigate.to("/")
        else:
            ui.notify("Wrong username or password", color="negative")  # tfl-eval-not: hardcoded-credential

    username = ui.input("Username").on("keydown.enter", try_login)
    password = ui.input("Password", password=True, password_toggle_button=True).on("keydown.enter", try_login)  # tfl-eval-not: hardcoded-credential
    ui.button("Log in", on_click=try_login)


@ui.page("/")
def dashboard():
    if not app.storage.user.get("authenticated"):
        return ui.navigate.to("/login")
    rows = INFLUX.query_api().query('from(bucket:"sensors") |> range(start: -1h) |> last()')
    ui.table(columns=[{"name": "field", "label": "Sensor", "field": "field"}, {"name": "value", "label": "Value", "field": "value"}],
             rows=[{"field": r.get_field(), "value": r.get_value()} for t in rows for r in t.records])


ui.run(title="Greenhouse", storage_secret="JNYJVu07ow5xCMf0t1YzXTmmlBda678u", port=8080)  # tfl-eval: hardcoded-credential, hardcoded-port
