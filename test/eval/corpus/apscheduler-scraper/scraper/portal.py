"""Logs in to the supplier portal every morning and downloads the price list."""
from apscheduler.schedulers.blocking import BlockingScheduler
from selenium import webdriver
from selenium.webdriver.common.by import By

PORTAL = "https://b2b.greenfield-supply.example/login"
ACCOUNT = "purchasing@harbour-cafe.example"


def download_prices() -> None:
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    driver = webdriver.Chrome(options=options)
    try:
        driver.get(PORTAL)
        driver.find_element(By.NAME, "email").send_keys(ACCOUNT)
        driver.find_element(By.NAME, "password").send_keys("LM#IvUNgZsz0EF7")  # tfl-eval: hardcoded-credential
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        driver.get("https://b2b.greenfield-supply.example/prices/export.csv")
    finally:
        driver.quit()


if __name__ == "__main__":
    scheduler = BlockingScheduler(timezone="Pacific/Auckland")
    scheduler.add_job(download_prices, "cron", hour=6)
    scheduler.start()
