from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    intro = RichTextField(blank=True)
    ticket_api_token_help = models.CharField(max_length=200, default="Ask the box office for the widget token", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]


class ExhibitionPage(Page):
    password_protected_preview = models.BooleanField(default=False)
    starts_on = models.DateField()
