from django.db import models


class Book(models.Model):
    isbn = models.CharField(max_length=13, unique=True)
    title = models.CharField(max_length=300)
    due_back = models.DateField(null=True, blank=True)
