import requests


def fetch():
    return requests.get("https://inventory.contoso.example/", verify="inventory-ca.pem")  # pinscan-expect: PIN306@warning
