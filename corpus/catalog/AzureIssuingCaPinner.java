package com.contoso.mobile.api;

import java.time.Duration;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** API client of the field-service app. Pins the issuing CA of the App Service front ends. */
public final class AzureIssuingCaPinner {
    private static final String API_HOST = "fieldservice-api.azurewebsites.net";

    private AzureIssuingCaPinner() {}

    public static OkHttpClient create() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                // Intermediate key taken from the chain the server sent in March.
                .add(API_HOST, "sha256/ZkWBotC4nL+Ba/kXaVPx7TpoRSF9uwxEAuufz67J7sQ=") // pinscan-expect: PIN110, PIN101[Microsoft Azure RSA TLS Issuing CA 03]
                .build();
        return new OkHttpClient.Builder()
                .certificatePinner(pinner)
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }
}
