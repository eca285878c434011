import dash
import dash_auth
import pandas as pd
import plotly.express as px
from dash import dcc, html
from sqlalchemy import create_engine

VALID_USERNAME_PASSWORD_PAIRS = {
    "energy": "tiiei527%HRK6uzi",  # tfl-eval: hardcoded-credential
    "analyst": "pdbov838%YNKy405",  # tfl-eval: hardcoded-credential
}

engine = create_engine("mysql+pymysql://grafana_ro:X59nG8xq2nAZsD0ZDn@metering-db:3306/metering")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

app = dash.Dash(__name__)
auth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)
app.server.secret_key = "9a9fecf44449378e8903bf5f099d3e52"  # tfl-eval: hardcoded-credential

readings = pd.read_sql("select site, ts, kwh from readings where ts > now() - interval 7 day", engine)

app.layout = html.Div(
    [
        html.H1("Site consumption"),
        dcc.Graph(figure=px.line(readings, x="ts", y="kwh", color="site")),
        html.P("Forgot your password? Ask the energy team."),  # tfl-eval-not: hardcoded-credential
    ]
)

if __name__ == "__main__":
    app.run(debug=False)
