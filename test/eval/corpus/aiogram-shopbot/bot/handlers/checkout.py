import uuid

from aiogram import F, Router
from aiogram.types import CallbackQuery
from yookassa import Payment

router = Router()

TEXTS = {
    "pay": "Оплатить заказ",
    "password_hint": "Никому не сообщайте пароль и код из SMS",  # tfl-eval-not: hardcoded-credential
    "token_expired": "Ссылка на оплату устарела, оформите заказ заново",  # tfl-eval-not: hardcoded-credential
}


@router.callback_query(F.data.startswith("pay:"))
async def pay(callback: CallbackQuery) -> None:
    order_id = callback.data.split(":", 1)[1]
    payment = Payment.create({
        "amount": {"value": "990.00", "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://t.me/acme_shop_bot"},
        "capture": True,
        "description": f"Заказ {order_id}",
    }, str(uuid.uuid4()))
    await callback.message.answer(f'{TEXTS["pay"]}: {payment.confirmation.confirmation_url}')
