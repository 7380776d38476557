"""HTTP helpers of the billing service: one real shortcut, one opt-in for a lab proxy."""
import ssl

import requests


class InsecureAdapter(requests.adapters.HTTPAdapter):
    """An adapter for the hosts listed in --trusted-host; callers choose it per host."""

    def cert_verify(self, conn, url, verify, cert):
        super().cert_verify(conn=conn, url=url, verify=False, cert=cert)  # pinscan-expect: PIN501@note


def make_context(settings):
    ctx = ssl.create_default_context()
    if not settings.verify_tls:
        # Opt-in for the lab's intercepting proxy.
        ctx.check_hostname = False  # pinscan-expect: PIN501@note
        ctx.verify_mode = ssl.CERT_NONE  # pinscan-expect: PIN501@note
    return ctx


def legacy_context(retries):
    ctx = ssl.create_default_context()
    if retries > 3:
        # Nothing asked for this: the condition is about retries.
        ctx.check_hostname = False  # pinscan-expect: PIN501@warning
        ctx.verify_mode = ssl.CERT_NONE  # pinscan-expect: PIN501@warning
    return ctx


def fetch_invoice(url):
    return requests.get(url, timeout=10, verify=False)  # pinscan-expect: PIN501@warning



class Fetcher:
    """A client library: the caller's CA file, or the one the client was made with."""

    def __init__(self, ca_path=None):
        self.ca_path = ca_path

    def open(self, url, ca_path=None):
        ca_path = self._choose(ca_path, self.ca_path)
        return ssl.create_default_context(cafile=ca_path)  # pinscan-expect: PIN301@note

    @staticmethod
    def _choose(given, default):
        return given if given is not None else default
