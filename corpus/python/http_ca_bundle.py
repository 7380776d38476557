"""HTTP clients for the Contoso inventory API (requests, httpx, botocore, urllib)."""
import os
import ssl
from pathlib import Path
from urllib.request import urlopen

import boto3
import certifi
import httpx
import requests
import urllib3

CERT_DIR = Path(__file__).resolve().parent / "certs"
INVENTORY_CA_BUNDLE = "certs/DigiCertGlobalRootG2.crt.pem"
LEGACY_ROOT = os.path.join("certs", "BaltimoreCyberTrustRoot.crt.pem")


def fetch_items(base_url):
    # Trusts only the root in the repo: breaks when the API moves to another CA.
    resp = requests.get(f"{base_url}/items", verify="certs/DigiCertGlobalRootG2.crt.pem", timeout=10)  # pinscan-expect: PIN306[DigiCert Global Root G2]
    resp.raise_for_status()
    return resp.json()


def fetch_legacy(base_url, token):
    return requests.post(
        f"{base_url}/legacy/sync",
        headers={"Authorization": f"Bearer {token}"},
        json={"full": True},
        verify=LEGACY_ROOT,  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    )


class InventoryClient:
    def __init__(self, base_url, ca_bundle=INVENTORY_CA_BUNDLE):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = "certs/DigiCertGlobalRootG2.crt.pem"  # pinscan-expect: PIN306[DigiCert Global Root G2]
        self.ca_bundle = ca_bundle

    def get(self, path):
        return self.session.get(self.base_url + path, verify=self.ca_bundle)  # pinscan-expect: PIN306

    def report(self, path):
        return self.session.get(self.base_url + path, verify=str(CERT_DIR / "inventory-ca.pem"))  # pinscan-expect: PIN306


def httpx_client():
    return httpx.Client(
        base_url="https://inventory.contoso.example",
        verify=os.path.join(os.path.dirname(__file__), "certs", "contoso-root.crt"),  # pinscan-expect: PIN306
        timeout=5.0,
    )


async def httpx_async(url):
    async with httpx.AsyncClient(verify=INVENTORY_CA_BUNDLE) as client:  # pinscan-expect: PIN306[DigiCert Global Root G2]
        return await client.get(url)


def request_options():
    opts = {
        "timeout": 30,
        "verify": "certs/MicrosoftRSARootCertificateAuthority2017.crt",  # pinscan-expect: PIN306[Microsoft RSA Root Certificate Authority 2017]
    }
    return requests.get("https://inventory.contoso.example/health", **opts)


def s3_client():
    return boto3.client("s3", endpoint_url="https://s3.contoso.example", verify="/opt/contoso/ca/root-ca.pem")  # pinscan-expect: PIN306


def stdlib_fetch(url):
    with urlopen(url, cafile="certs/DigiCertGlobalRootG2.crt.pem") as resp:  # pinscan-expect: PIN306[DigiCert Global Root G2]
        return resp.read()


def configure_process():
    # Every requests call in the process now trusts only this file.
    os.environ["REQUESTS_CA_BUNDLE"] = "certs/DigiCertGlobalRootG2.crt.pem"  # pinscan-expect: PIN306[DigiCert Global Root G2]


# --- not pinning ------------------------------------------------------------------------

def system_store(url, settings):
    a = requests.get(url, verify=True)  # pinscan-negative: PIN306, PIN501
    b = requests.get(url, verify=certifi.where())  # pinscan-negative: PIN306
    c = requests.get(url, verify=settings.VERIFY_SSL)  # pinscan-negative: PIN306, PIN501
    d = httpx.get(url, verify=ssl.get_default_verify_paths().cafile)  # pinscan-negative: PIN306
    e = requests.get(url, verify="/etc/ssl/certs/ca-certificates.crt")  # pinscan-negative: PIN306
    f = requests.get(url, cert=("client.crt", "client.key"))  # pinscan-negative: PIN306
    g = requests.get(url, verify=os.environ.get("REQUESTS_CA_BUNDLE", True))  # pinscan-negative: PIN306
    return a, b, c, d, e, f, g


def debian_system_bundle():
    # Point requests at the distribution's store instead of certifi: still the full system store.
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/ca-certificates.crt"  # pinscan-negative: PIN306, PIN501


def httpx_with_context(url):
    # A context built from the system store extended with a corporate root is not pinning.
    ctx = ssl.create_default_context()
    ctx.load_verify_locations("certs/corp-proxy-root.pem")  # pinscan-negative: PIN306
    return httpx.get(url, verify=ctx)  # pinscan-negative: PIN306


def verify_toggle(url, verify_ssl=True):
    session = requests.Session()
    session.verify = verify_ssl  # pinscan-negative: PIN306, PIN501
    return session.get(url)


# --- verification switched off ----------------------------------------------------------

def quick_and_dirty(url):
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # pinscan-negative: PIN501
    return requests.get(url, verify=False)  # pinscan-expect: PIN501


def insecure_session():
    s = requests.Session()
    s.verify = False  # pinscan-expect: PIN501
    return s


def insecure_httpx():
    return httpx.AsyncClient(verify=False, http2=True)  # pinscan-expect: PIN501


def no_bundle():
    # An empty CA bundle makes requests skip verification altogether.
    os.environ["CURL_CA_BUNDLE"] = ""  # pinscan-expect: PIN501
