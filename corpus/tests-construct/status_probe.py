"""Status probe for the billing service.

Runs in production from cron. Covered by the integration tests in tests/test_probe.py;
mentioning tests does not make this file one, so its finding stays a warning.
"""
import requests


def probe(url):
    return requests.get(url, timeout=5, verify=False)  # pinscan-expect: PIN501@warning
