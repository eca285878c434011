from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="api_key",
            field=models.CharField(default="", max_length=64, verbose_name="API key"),  # tfl-eval-not: hardcoded-credential
        ),
        migrations.AlterField(
            model_name="user",
            name="password",
            field=models.CharField(max_length=128, verbose_name="password"),  # tfl-eval-not: hardcoded-credential
        ),
    ]
