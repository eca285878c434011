from django.db import models


class Loan(models.Model):
    patron = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    barcode = models.CharField(max_length=32)
    due = models.DateField()
    renewals = models.PositiveSmallIntegerField(default=0)
