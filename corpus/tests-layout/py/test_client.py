import requests


def test_fetch():
    requests.get("https://localhost:8443/", verify="test-ca.pem")  # pinscan-expect: PIN306@note
