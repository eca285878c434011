import factory
import pytest
from django.contrib.auth import get_user_model

from labs.samples.models import ApiKey, Lab

TEST_PASSWORD = "s3cret-for-tests"
TEST_API_KEY = "lbk_test_0000000000000000"


class LabFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lab

    name = factory.Sequence(lambda n: f"Lab {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)


@pytest.fixture
def api_key(db):
    import hashlib

    user = UserFactory()
    return ApiKey.objects.create(owner=user, key_hash=hashlib.sha256(TEST_API_KEY.encode()).hexdigest(), prefix="lbk_test")
