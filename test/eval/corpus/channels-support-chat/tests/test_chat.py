import pytest  # tfl-eval: undeclared-dependency
from channels.testing import WebsocketCommunicator
from django.contrib.auth import get_user_model

from supportchat.asgi import application


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_agent_can_join_ticket_room():
    agent = await get_user_model().objects.acreate(username="agent1", is_staff=True)
    agent.set_password("agent-pass-for-tests")  # tfl-eval-not: hardcoded-credential
    communicator = WebsocketCommunicator(application, "/ws/tickets/42/")
    connected, _ = await communicator.connect()
    assert connected
    await communicator.disconnect()
