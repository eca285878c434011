from flask_appbuilder import ModelView
from flask_appbuilder.models.sqla.interface import SQLAInterface

from app import appbuilder
from app.models import ApiClient


class ApiClientView(ModelView):
    datamodel = SQLAInterface(ApiClient)
    label_columns = {"secret_hash": "Secret (hashed)", "password": "Password"}  # tfl-eval-not: hardcoded-credential
    list_columns = ["name", "created_on"]


appbuilder.add_view(ApiClientView, "API clients", icon="fa-key", category="Security")
