from surveys import db


class Survey(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    share_token = db.Column(db.String(32), unique=True, nullable=False)


class Answer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    survey_id = db.Column(db.ForeignKey("survey.id"), nullable=False)
    body = db.Column(db.Text, nullable=False)
