import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)
app.config.from_mapping(SECRET_KEY="dev")  # tfl-eval-not: hardcoded-credential

GMAIL_USER = "alerts.acme@gmail.com"
GMAIL_APP_PASSWORD = "yzmt dsnp bmoz ykqg"  # tfl-eval: hardcoded-credential


@app.post("/alert")
def alert():
    msg = EmailMessage()
    msg["Subject"] = request.json["subject"]
    msg["From"] = GMAIL_USER
    msg["To"] = "oncall@acme.example.com"
    msg.set_content(request.json["body"])
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:  # tfl-eval: hardcoded-backing-service
        smtp.login(GMAIL_USER, GMAIL_APP_PASSWORD)  # tfl-eval-not: hardcoded-credential
        smtp.send_message(msg)
    return {"sent": True}
