from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import StringField


class PhotoForm(FlaskForm):
    title = StringField("Title")
    photo = FileField("Photo", validators=[FileRequired(), FileAllowed(["jpg", "png"])])


class CoverForm(FlaskForm):
    cover = FileField("Cover")


class ImportForm(FlaskForm):
    archive = FileField("Archive")
