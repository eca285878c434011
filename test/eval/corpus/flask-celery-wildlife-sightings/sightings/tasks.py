from celery import Celery

app = Celery("sightings")
app.config_from_object("sightings.celeryconfig")


@app.task
def thumbnail(sighting_id: int) -> None:
    from .media import make_thumbnail

    make_thumbnail(sighting_id)
