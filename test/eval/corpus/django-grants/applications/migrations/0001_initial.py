import uuid

import applications.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]

    operations = [
        migrations.CreateModel(
            name="Application",
            fields=[
                ("id", models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ("title", models.CharField(max_length=200)),
                ("amount_requested", models.DecimalField(decimal_places=2, max_digits=12)),
                ("status", models.CharField(default="draft", max_length=12)),
                ("review_token", models.CharField(default=applications.models.new_review_token, max_length=64, unique=True)),
                ("budget", models.FileField(blank=True, upload_to="budgets/")),
            ],
        ),
    ]
