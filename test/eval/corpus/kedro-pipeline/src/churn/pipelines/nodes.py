import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

FEATURES = ["tenure_months", "orders_90d", "support_tickets_90d", "avg_basket"]


def build_model_input(customers: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    orders = events[events.event == "order"].groupby("customer_id").size().rename("orders_90d")
    return customers.join(orders, on="id").fillna({"orders_90d": 0})


def train(model_input: pd.DataFrame) -> GradientBoostingClassifier:
    model = GradientBoostingClassifier(n_estimators=300, max_depth=3)
    model.fit(model_input[FEATURES], model_input["churned"])
    return model
