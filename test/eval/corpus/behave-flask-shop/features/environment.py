from shop import create_app


def before_all(context):
    context.app = create_app("testing")
    context.client = context.app.test_client()
    context.admin = {"email": "admin@shop.test", "password": "behave-admin-pw"}  # tfl-eval-not: hardcoded-credential
