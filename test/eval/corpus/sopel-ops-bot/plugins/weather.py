import requests
from sopel import plugin

OWM_URL = "https://api.openweathermap.org/data/2.5/weather"
OWM_APPID = "2cb525e2041fe910ff1cdd4c0f42344f"  # tfl-eval: hardcoded-credential


@plugin.command("weather")
def weather(bot, trigger):
    city = trigger.group(2) or "Dublin"
    data = requests.get(OWM_URL, params={"q": city, "appid": OWM_APPID, "units": bot.config.weather.units}, timeout=5).json()
    bot.say(f"{city}: {data['main']['temp']}°")
