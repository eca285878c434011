import os

import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix='!', intents=intents)
OWNER_ID = 284710394812039168
GIPHY_API_KEY = 'TrDFp8wLhVKOPsfGM09F2tNbaledF6wC'  # tfl-eval: hardcoded-credential


@bot.event
async def on_ready():
    print(f'Logged in as {bot.user}')


if __name__ == '__main__':
    bot.run(os.getenv('DISCORD_TOKEN', 'Mgi5sukgbvrN5zNjrCjCNL-GxG.jY7NNp.iS6njQ8nuFjySBfKOfo1g89nhA1sdef8THf5bx'))  # tfl-eval: hardcoded-credential
