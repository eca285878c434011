import os

import dash
import pandas as pd
from dash import dcc, html

app = dash.Dash(__name__)
frame = pd.read_csv(os.environ.get("SALES_CSV", "data/sales.csv"))

app.layout = html.Div([
    html.H1("Ventas por región"),
    dcc.Graph(figure={"data": [{"x": frame["region"], "y": frame["total"], "type": "bar"}]}),
])

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8050)))  # tfl-eval: runtime-build-step
