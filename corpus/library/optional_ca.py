"""Connection helpers of a client library: the CA file is the user's option, used only when
it is given; otherwise the system roots are trusted."""
import ssl
from urllib.request import urlopen

from .partners import PARTNER_CA_FILE


class ClientSettings:
    def __init__(self, ca_file=None):
        self.ca_file = ca_file


def fetch(url, settings):
    if settings.ca_file:
        return urlopen(url, cafile=settings.ca_file)  # pinscan-expect: PIN306@note
    return urlopen(url)


def context_from_job(job):
    if job.ca_bundle is not None:
        return ssl.create_default_context(cafile=job.ca_bundle)  # pinscan-expect: PIN301@note
    return ssl.create_default_context()


def partner_context():
    # A constant is chosen by code, guarded or not (defined in another module here).
    if PARTNER_CA_FILE:
        return ssl.create_default_context(cafile=PARTNER_CA_FILE)  # pinscan-expect: PIN301@warning
    return ssl.create_default_context()


def pinned_context(strict):
    if strict:
        # The condition is about something else: the file is chosen here.
        return ssl.create_default_context(cafile="certs/partner-root.pem")  # pinscan-expect: PIN301@warning
    return ssl.create_default_context()
