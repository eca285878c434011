import factory
from django.contrib.auth import get_user_model


class VetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"vet{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@clinic.test")
    password = factory.PostGenerationMethodCall("set_password", "vet-factory-pass")  # tfl-eval-not: hardcoded-credential
