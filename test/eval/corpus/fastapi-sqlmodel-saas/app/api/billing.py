import stripe
from fastapi import APIRouter, Header, HTTPException, Request
from openai import OpenAI

router = APIRouter(prefix="/billing")
stripe.api_key = "sk_live_WElAmjYNwz9ly9iNA6xJgThcl356F6wwDlB17Q3PTx2Sr"  # tfl-eval: hardcoded-credential
client = OpenAI(api_key="sk-proj-bJiHemKd2vRSN6sYVSZ2ZrUzMjIXtqqzDjKOO9fN-vBGwG8hT3BlbkFJL-OWy1gRfgzmyivbVUyjZ7YsY9uf49RcRIaV5T8X")  # tfl-eval: hardcoded-credential
WEBHOOK_TOLERANCE = 300


@router.post("/webhook")
async def webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, "whsec_NjWSIC6cb3dnljpTKLr2wFgSgK1WmDBh", tolerance=WEBHOOK_TOLERANCE)  # tfl-eval: hardcoded-credential
    except stripe.error.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="Invalid signature")  # tfl-eval-not: hardcoded-credential
    return {"type": event["type"]}


@router.get("/summary")
def summary(invoice_text: str):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"Summarise: {invoice_text}"}])
    return {"summary": reply.choices[0].message.content}
