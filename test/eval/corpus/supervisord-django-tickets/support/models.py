from django.db import models


class Ticket(models.Model):
    subject = models.CharField(max_length=200)
    body = models.TextField()
    opened_at = models.DateTimeField(auto_now_add=True)
