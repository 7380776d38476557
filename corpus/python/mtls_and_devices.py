"""A device gateway: Azure IoT clients behind an IoT Edge gateway, an MQTT test server with
mutual TLS, and the broker configuration the tests write."""
import os
import ssl

from azure.iot.device import IoTHubDeviceClient, ProvisioningDeviceClient

EDGE_ROOT = os.environ.get("EDGE_ROOT_CA", "/etc/gateway/azure-iot-test-only.root.ca.cert.pem")


def downstream_client(conn_str):
    with open(EDGE_ROOT) as f:
        root_pem = f.read()
    # The device trusts only the IoT Edge gateway's root.
    return IoTHubDeviceClient.create_from_connection_string(
        conn_str, server_verification_cert=root_pem  # pinscan-expect: PIN306
    )


def provisioned(host, scope, reg_id, x509):
    return ProvisioningDeviceClient.create_from_x509_certificate(
        provisioning_host=host,
        registration_id=reg_id,
        id_scope=scope,
        x509=x509,  # pinscan-negative: PIN306
        server_verification_cert=open("certs/DigiCertGlobalRootG2.crt.pem").read(),  # pinscan-expect: PIN306[DigiCert Global Root G2]
    )


def default_device(conn_str):
    # No server_verification_cert: the platform store.
    return IoTHubDeviceClient.create_from_connection_string(conn_str)  # pinscan-negative: PIN306


def mtls_listener(sock, clients_ca):
    # A test server that accepts only clients with certificates from the test CA (a note).
    srv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=clients_ca)  # pinscan-expect: PIN352@note
    srv.load_cert_chain(certfile="server.crt", keyfile="server.key")
    srv.verify_mode = ssl.CERT_REQUIRED  # pinscan-negative: PIN501
    return srv.wrap_socket(sock, server_side=True)


def mtls_listener_sslcontext(sock):
    srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    srv.load_cert_chain("server.crt", "server.key")
    srv.load_verify_locations("ca/clients.pem")  # pinscan-expect: PIN352@note
    return srv.wrap_socket(sock, server_side=True)


def server_without_client_auth(sock):
    # A server that does not verify clients: nothing to report.
    srv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)  # pinscan-negative: PIN352, PIN301
    srv.load_cert_chain("server.crt", "server.key")
    return srv.wrap_socket(sock, server_side=True)


def client_with_system_roots_for_servers():
    # Purpose.SERVER_AUTH with a CA file is a client context: PIN301, not PIN352.
    return ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile="certs/private-root.pem")  # pinscan-negative: PIN352 pinscan-expect: PIN301


def write_broker_config(path, port):
    # The broker's own configuration, written by a test: its listener and its bridge trust
    # only the test CA, and the bridge skips host-name checks.
    with open(path, "w") as f:
        f.write("listener %d\n" % port)
        f.write("cafile ../ssl/test-ca.crt\n")  # pinscan-expect: PIN350
        f.write("certfile ../ssl/server.crt\n")  # pinscan-negative: PIN350
        f.write("keyfile ../ssl/server.key\n")
        f.write("bridge_cafile ../ssl/test-ca.crt\n")  # pinscan-expect: PIN350
        f.write("bridge_insecure true\n")  # pinscan-expect: PIN351
        f.write("bridge_insecure false\n")  # pinscan-negative: PIN351
        f.write("# cafile %s\n" % path)  # pinscan-negative: PIN350


class Transport:
    """A client library's transport: it hands its own configuration on (pass-through)."""

    def __init__(self, config, ca_certs=None):
        self.config = config
        self.ca_certs = ca_certs

    def connect(self, host):
        return HTTPSConnection(
            host,
            ca_certs=self.ca_certs,  # pinscan-negative: PIN306
            server_verification_cert=self.config.server_verification_cert,  # pinscan-negative: PIN306
        )


def test_server_ca(server):
    # A test that trusts its fixture server's CA (a note in tests, still reported).
    return HTTPSConnection(server.host, ca_certs=server.ca_certs)  # pinscan-expect: PIN306
