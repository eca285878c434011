from tortoise import fields
from tortoise.models import Model


class Ticket(Model):
    id = fields.IntField(pk=True)
    subject = fields.CharField(max_length=200)
    requester = fields.CharField(max_length=120)
    status = fields.CharField(max_length=20, default="open")
    created_at = fields.DatetimeField(auto_now_add=True)
