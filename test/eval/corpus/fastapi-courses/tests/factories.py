import factory

from app.models import User
from app.security import get_password_hash

DEFAULT_PASSWORD = "correct-horse-battery"


class UserFactory(factory.Factory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"student{n}@example.com")
    hashed_password = factory.LazyFunction(lambda: get_password_hash(DEFAULT_PASSWORD))
    api_key_prefix = "crs_abcd"
