"""Trust files as the deployment installs them: the image copies the committed certificate
files to /etc/fabrikam/, so these names point at them. A committed certificate file that
something uses as a trust anchor is judged (expired, retired, missing roots), and so is
what uses it (LEGACY trusts only an expired root: an error); one that
nothing names is inventory (contoso-private-root-ca.pem, the regional vendor bundle)."""
import ssl

LEGACY = ssl.create_default_context(cafile="/etc/fabrikam/fabrikam-legacy-root.pem")  # pinscan-expect: PIN301@error
API = ssl.create_default_context(cafile="/etc/fabrikam/api-fabrikam-example.crt")  # pinscan-expect: PIN301@warning
CHAIN = ssl.create_default_context(cafile="/etc/fabrikam/chain.pem")  # pinscan-expect: PIN301@warning
PUBLIC = ssl.create_default_context(cafile="/etc/fabrikam/chosen-public-roots.pem")  # pinscan-expect: PIN301[DigiCert Global Root G2]
