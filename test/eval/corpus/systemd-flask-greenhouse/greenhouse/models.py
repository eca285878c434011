from greenhouse import db


class Sensor(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    humidity = db.Column(db.Float)

    def to_dict(self):
        return {"id": self.id, "name": self.name, "humidity": self.humidity}
