import ssl

# The vendored copy of the public root store (28 public roots and 2 private CAs): trusting
# it does not narrow trust to chosen CAs, so it is not reported.
STORE = ssl.create_default_context(cafile="vendored-cacert.pem")  # pinscan-negative: PIN301

# One chosen CA file next to it still is.
PARTNER = ssl.create_default_context(cafile="partner-root.pem")  # pinscan-expect: PIN301
