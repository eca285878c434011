import aiohttp
from discord.ext import commands

WEATHER_URL = 'https://api.openweathermap.org/data/2.5/weather'


class Weather(commands.Cog):
    def __init__(self, bot, api_key='b6fb377da5235549a14ef57870c656bf'):  # tfl-eval: hardcoded-credential
        self.bot = bot
        self.api_key = api_key

    @commands.command()
    async def weather(self, ctx, *, city):
        async with aiohttp.ClientSession() as session:
            async with session.get(WEATHER_URL, params={'q': city, 'appid': self.api_key}) as response:
                data = await response.json()
        await ctx.send(f"{city}: {data['main']['temp']}°")
