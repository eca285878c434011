import ftplib

from django.core.management.base import BaseCommand

WIRE_HOST = 'ftp.wire.example'
WIRE_USER = 'newsroom'
WIRE_PASSWORD = 'Falcon77_jw6'  # tfl-eval: hardcoded-credential


class Command(BaseCommand):
    help = 'Import the latest stories from the news wire'

    def handle(self, *args, **options):
        with ftplib.FTP(WIRE_HOST) as ftp:
            ftp.login(WIRE_USER, WIRE_PASSWORD)
            for name in ftp.nlst('/stories'):
                self.stdout.write(f'found {name}')
