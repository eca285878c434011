import os

from wechatpy.pay import WeChatPay

# wechatpy: WeChatPay(appid, api_key, mch_id, ...)
pay = WeChatPay("wx4e1b9c70d2a58f36", "I0Lz1Ee39afeGNSP8SrOXa0SnxZ6xPBd", "1580012345")  # tfl-eval: hardcoded-credential

sandbox_pay = WeChatPay(os.environ["WX_APPID"], os.environ["WX_API_KEY"], os.environ["WX_MCH_ID"], sandbox=True)
