"""Console-server sessions for the two routers that still only speak telnet."""
import imaplib
import poplib

import keyring
import pexpect

CONSOLE = "console-01.dc2.internal"


def enable_mode(port: int) -> pexpect.spawn:
    child = pexpect.spawn(f"telnet {CONSOLE} {port}")
    child.expect("Username:")
    child.sendline("oob-admin")
    child.expect("Password:")
    child.sendline("87sTeqr54HN4-bD")  # tfl-eval: hardcoded-credential
    child.expect(">")
    child.sendline("enable")
    child.expect("Password:")
    child.sendline(keyring.get_password("oob", "enable"))  # tfl-eval-not: hardcoded-credential
    return child


def fetch_alarm_mail() -> list[bytes]:
    box = imaplib.IMAP4_SSL("mail.netops.internal")
    box.login("noc-alarms@netops.example", "yeNTxW9EnrQvDV9Y")  # tfl-eval: hardcoded-credential
    box.select("INBOX")
    _, ids = box.search(None, "UNSEEN")
    return ids


def drain_pop() -> int:
    pop = poplib.POP3_SSL("pop.netops.internal")
    pop.user("syslog-relay")
    pop.pass_("*PAHD9sYc7jhk7")  # tfl-eval: hardcoded-credential
    count, _ = pop.stat()
    return count
