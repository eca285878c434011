from django.contrib.auth.hashers import make_password
from django.db import migrations

FRONT_DESKS = ("north-wing", "south-wing", "paediatrics")


def create_front_desks(apps, schema_editor):
    User = apps.get_model("auth", "User")
    for desk in FRONT_DESKS:
        User.objects.get_or_create(
            username=f"desk-{desk}",
            defaults={"password": make_password("KIPn2cyYQ5eP5Cmu"), "is_staff": False},  # tfl-eval: hardcoded-credential
        )


def remove_front_desks(apps, schema_editor):
    apps.get_model("auth", "User").objects.filter(username__startswith="desk-").delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_profile_phone")]
    operations = [migrations.RunPython(create_front_desks, remove_front_desks)]
