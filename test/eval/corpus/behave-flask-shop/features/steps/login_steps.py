from behave import given, then, when


@given("a registered customer")
def step_customer(context):
    context.credentials = {"email": "cust@shop.test", "password": "behave-cust-pw"}  # tfl-eval-not: hardcoded-credential


@when("they log in with a wrong password")
def step_wrong(context):
    context.response = context.client.post("/login", data={**context.credentials, "password": "nope-nope"})  # tfl-eval-not: hardcoded-credential


@then('they see "{message}"')
def step_message(context, message):
    assert message in context.response.get_data(as_text=True)
