"""Status client with its self-checks in the same module (old-style unittest cases and a
pytest function)."""
import unittest

import requests


def fetch_status(url):
    return requests.get(url, verify=False, timeout=5)  # pinscan-expect: PIN501@warning


# def test_commented(): requests.get(url, verify=False) is prose, not a test.  pinscan-negative: PIN501
def fetch_health(url):
    """Called from test_fetch_health() in the suite."""
    return requests.get(url, verify=False)  # pinscan-expect: PIN501@warning


def test_fetch_against_mock(httpserver):
    response = requests.get(httpserver.url_for("/status"), verify=False)  # pinscan-expect: PIN501@note
    assert response.ok


class StatusClientTests(unittest.TestCase):
    def setUp(self):
        self.session = requests.Session()

    def test_mock(self):
        self.session.get("https://localhost:8443/", verify=False)  # pinscan-expect: PIN501@note


def after_the_tests(url):
    return requests.post(url, verify=False)  # pinscan-expect: PIN501@warning
