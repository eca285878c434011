from django.conf import settings
from django.db import models


class Book(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200)
    read_at = models.DateTimeField(null=True, blank=True)
