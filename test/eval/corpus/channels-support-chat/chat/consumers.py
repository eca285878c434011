import json

from channels.generic.websocket import AsyncWebsocketConsumer

# Agents currently online, by ticket queue: shown in the customer widget.
online_agents: dict[str, set[str]] = {}  # tfl-eval: memory-session-store


class TicketChatConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.ticket_id = self.scope["url_route"]["kwargs"]["ticket_id"]
        self.group = f"ticket_{self.ticket_id}"
        user = self.scope["user"]
        if user.is_staff:
            online_agents.setdefault(self.scope["url_route"]["kwargs"].get("queue", "default"), set()).add(user.username)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        payload = json.loads(text_data)
        await self.channel_layer.group_send(self.group, {"type": "chat.message", "text": payload["text"], "author": self.scope["user"].username})

    async def chat_message(self, event):
        await self.send(text_data=json.dumps({"text": event["text"], "author": event["author"]}))
