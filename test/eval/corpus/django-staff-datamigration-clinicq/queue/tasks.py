from celery import shared_task


@shared_task
def notify_patient(ticket_id):
    from .models import Ticket

    Ticket.objects.get(pk=ticket_id).notify()
