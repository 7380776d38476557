"""Writes the broker configuration used by the integration rig."""


def write_broker_config(path, port):
    with open(path, "w") as f:
        f.write("listener %d\n" % port)
        f.write("cafile rig/certs/rig-root-ca.crt\n")  # pinscan-expect: PIN350
        f.write("certfile rig/certs/broker.crt\n")
        f.write("keyfile rig/certs/broker.key\n")
        f.write("require_certificate true\n")
        f.write("\n")
        f.write("connection upstream\n")
        f.write("bridge_insecure true\n")  # pinscan-expect: PIN351
        f.write("bridge_capath /etc/ssl/certs\n")  # pinscan-negative: PIN350


def describe(cafile, capath):
    # Arguments named cafile / capath are not configuration lines.
    return "cafile %s capath %s" % (cafile, capath)  # pinscan-negative: PIN350
