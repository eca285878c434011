from clinic.factories import VetFactory


def test_vet_can_log_in(client, db):
    vet = VetFactory()
    assert client.login(username=vet.username, password="vet-factory-pass")  # tfl-eval-not: hardcoded-credential
