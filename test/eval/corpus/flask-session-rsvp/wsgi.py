from rsvp import create_app

app = create_app()
