from django.conf import settings
from django.db import models


class Lab(models.Model):
    name = models.CharField(max_length=120)


class ApiKey(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=12)
    revoked = models.BooleanField(default=False)


class Sample(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received"
        ANALYSING = "analysing"
        DONE = "done"

    lab = models.ForeignKey(Lab, on_delete=models.PROTECT)
    barcode = models.CharField(max_length=32, unique=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    raw_data_key = models.CharField(max_length=255, blank=True, help_text="S3 object key of the instrument export")
