import RPi.GPIO as GPIO

LED_PIN = 17  # tfl-eval-not: hardcoded-credential
DOOR_PIN = 27  # tfl-eval-not: hardcoded-credential


def setup():
    GPIO.setmode(GPIO.BCM)
    GPIO.setup(LED_PIN, GPIO.OUT)
    GPIO.setup(DOOR_PIN, GPIO.IN, pull_up_down=GPIO.PUD_UP)
