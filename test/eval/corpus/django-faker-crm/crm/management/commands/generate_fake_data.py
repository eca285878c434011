"""python manage.py generate_fake_data --contacts 500"""
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from faker import Faker

from crm.models import Company, Contact


class Command(BaseCommand):
    help = "Generates fake companies, contacts and sales reps for local development"

    def add_arguments(self, parser):
        parser.add_argument("--contacts", type=int, default=100)

    def handle(self, *args, **options):
        fake = Faker()
        rep = User.objects.create_user("salesrep", "rep@crm.local", password="sales-rep-123")  # tfl-eval-not: hardcoded-credential
        for _ in range(options["contacts"]):
            company, _ = Company.objects.get_or_create(name=fake.company())
            Contact.objects.create(company=company, owner=rep, name=fake.name(), email=fake.email())
        User.objects.create_superuser("crmadmin", "admin@crm.local", "crmadmin-pass")  # tfl-eval-not: hardcoded-credential
