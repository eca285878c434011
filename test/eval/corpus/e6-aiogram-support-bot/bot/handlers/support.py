from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Message

router = Router()


class Ticket(StatesGroup):
    waiting_for_text = State()


@router.message(Command("ticket"))
async def start_ticket(message: Message, state: FSMContext) -> None:
    await state.set_state(Ticket.waiting_for_text)
    await message.answer("Опишите проблему одним сообщением")
