"""Rotate a lab's API key.

Usage: python scripts/rotate_api_key.py --lab LAB_ID [--dry-run]

The new key is printed once; only its hash is stored.
"""
import argparse
import hashlib
import secrets

PREFIX = "lbk_"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lab", required=True, help="lab id whose key is rotated")
    parser.add_argument("--dry-run", action="store_true", help="print the new key's prefix without saving the key")
    parser.add_argument("--token-length", type=int, default=32, help="bytes of randomness in the secret token")
    args = parser.parse_args()
    key = PREFIX + secrets.token_urlsafe(args.token_length)
    print(f"new key for lab {args.lab}: {key[:8]}… (sha256 {hashlib.sha256(key.encode()).hexdigest()[:12]})")


if __name__ == "__main__":
    main()
