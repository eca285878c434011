import factory
from django.contrib.auth import get_user_model

from accounts.models import Account


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"customer{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@vulnbank.test")
    password = factory.PostGenerationMethodCall("set_password", "p4ssw0rd!")  # tfl-eval-not: hardcoded-credential


class AccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Account

    owner = factory.SubFactory(UserFactory)
    balance = 100
    pin = "4821"  # tfl-eval-not: hardcoded-credential
