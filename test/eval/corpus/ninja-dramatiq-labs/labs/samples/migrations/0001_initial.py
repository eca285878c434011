from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Lab",
            fields=[("id", models.BigAutoField(primary_key=True)), ("name", models.CharField(max_length=120))],
        ),
        migrations.RunSQL("CREATE EXTENSION IF NOT EXISTS pgcrypto", reverse_sql=migrations.RunSQL.noop),
    ]
