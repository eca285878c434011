from django.db import models


class Permit(models.Model):
    number = models.CharField(max_length=32, unique=True)
    holder = models.CharField(max_length=200)
    issued_on = models.DateField()
