// An MQTT client whose CA is a certificate exported by certs.js.
import tls from "node:tls";
import { BROKER_ROOT_PEM } from "./certs.js";

export function connectBroker(host) {
  return tls.connect({
    host,
    port: 8883,
    ca: BROKER_ROOT_PEM, // pinscan-expect: PIN302[DigiCert Global Root G2]
  });
}
