"""MQTT client for the fleet gateway (Azure IoT Hub, ECC endpoints)."""
import ssl

import paho.mqtt.client as mqtt

HUB = "contoso-fleet.azure-devices.net"
DEVICE_ID = "gateway-17"


def make_client(sas_token: str) -> mqtt.Client:
    # Trust exactly one root: the ECC root the hub's certificates chain to.
    ctx = ssl.create_default_context(cafile="certs/MicrosoftECCRootCertificateAuthority2017.crt.pem")  # pinscan-expect: PIN301[Microsoft ECC Root Certificate Authority 2017]
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    client = mqtt.Client(client_id=DEVICE_ID, protocol=mqtt.MQTTv311)
    client.username_pw_set(f"{HUB}/{DEVICE_ID}/?api-version=2021-04-12", sas_token)
    client.tls_set_context(ctx)
    return client


def connect(sas_token: str) -> mqtt.Client:
    client = make_client(sas_token)
    client.connect(HUB, 8883)
    return client
