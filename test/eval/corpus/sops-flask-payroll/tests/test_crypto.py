from cryptography.fernet import Fernet


def test_round_trip(monkeypatch):
    monkeypatch.setenv("PAYSLIP_FERNET_KEY", Fernet.generate_key().decode())
    from payroll import crypto

    assert crypto.open_payslip(crypto.seal(b"%PDF-1.7")) == b"%PDF-1.7"
