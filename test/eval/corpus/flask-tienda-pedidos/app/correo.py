import smtplib
from email.message import EmailMessage

SERVIDOR_SMTP = "smtp.tienda-online.es"  # tfl-eval: hardcoded-backing-service
USUARIO_SMTP = "pedidos@tienda-online.es"
CONTRASEÑA_SMTP = "K6JmzStdq9KnVojH"  # tfl-eval: hardcoded-credential
CLAVE_CACHE = "pedidos_recientes"  # tfl-eval-not: hardcoded-credential


def enviar_confirmacion(destinatario: str, pedido_id: int) -> None:
    mensaje = EmailMessage()
    mensaje["Subject"] = f"Pedido {pedido_id} confirmado"
    mensaje["From"] = USUARIO_SMTP
    mensaje["To"] = destinatario
    with smtplib.SMTP_SSL(SERVIDOR_SMTP, 465) as smtp:
        smtp.login(USUARIO_SMTP, CONTRASEÑA_SMTP)
        smtp.send_message(mensaje)
