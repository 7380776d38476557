"""A scanner for security headers."""


def header_pins(name, value):
    if name.lower() == "public-key-pins":
        return [p for p in value.split(";") if p.strip().startswith("pin-")]
    return []


def fetch(resp):
    return resp.headers.get("Public-Key-Pins")
