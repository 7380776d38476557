package com.contoso.fleet.client;

import java.util.List;
import java.util.Map;
import okhttp3.CertificatePinner;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/** Builds the fleet agent's HTTP client with the pins from the agent configuration. */
public final class PinnerFactory {

    static final String FLEET_HOST = "fleet.contoso.example";
    static final String PRIMARY_PIN = "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="; // pinscan-expect: PIN101[DigiCert Global Root G2]@warning

    private final CertificatePinner.Builder sharedPins = new CertificatePinner.Builder();

    public PinnerFactory(Map<String, List<String>> pinsByHost) {
        sharedPins.add(FLEET_HOST, PRIMARY_PIN); // pinscan-expect: PIN110
    }

    CertificatePinner fromConfig(Map<String, List<String>> pinsByHost) {
        CertificatePinner.Builder builder = new CertificatePinner.Builder();
        for (Map.Entry<String, List<String>> e : pinsByHost.entrySet()) {
            for (String pin : e.getValue()) {
                builder.add(e.getKey(), pin); // pinscan-expect: PIN110
            }
        }
        return builder.build();
    }

    CertificatePinner forHost(String host, List<String> pins) {
        var builder = new CertificatePinner.Builder();
        pins.forEach(pin -> builder.add(host, pin)); // pinscan-expect: PIN110
        return builder.build();
    }

    CertificatePinner withBackup(String host, String backupPin) {
        CertificatePinner.Builder b = new CertificatePinner.Builder();
        b.add(host, PRIMARY_PIN) // pinscan-expect: PIN110
                .add(host, backupPin); // pinscan-expect: PIN110
        return b.build();
    }

    CertificatePinner extended() {
        return sharedPins
                .add("*.fleet.contoso.example", PRIMARY_PIN) // pinscan-expect: PIN110
                .build();
    }

    OkHttpClient client(CertificatePinner pinner) {
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    // Other builders with an `add` method: silent.
    Headers headers(String host) {
        Headers.Builder headers = new Headers.Builder();
        headers.add("Host", host); // pinscan-negative: PIN110
        headers.add("X-Certificate-Pinner", "disabled"); // pinscan-negative: PIN110
        return headers.build();
    }
}
