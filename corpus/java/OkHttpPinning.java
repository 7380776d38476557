package com.example.net;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import java.util.ArrayList;
import java.util.List;

public final class OkHttpPinning {
    private static final String HOST = "api.contoso.example";

    static OkHttpClient pinnedClient() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add(HOST, // pinscan-expect: PIN110
                        "sha256/r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=") // pinscan-expect: PIN101[DigiCert Global Root CA]
                .add("*.blob.core.windows.net", "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=") // pinscan-expect: PIN110, PIN101[DigiCert Global Root G2]@warning
                .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    static okhttp3.CertificatePinner inline() {
        return new okhttp3.CertificatePinner.Builder().add("legacy.example", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").build(); // pinscan-expect: PIN110, PIN101
    }

    // Negatives: other builders and lists with an add method stay silent.
    static List<String> notAPinner() {
        List<String> hosts = new ArrayList<>();
        hosts.add("api.contoso.example"); // pinscan-negative: PIN110
        StringBuilder sb = new StringBuilder();
        sb.append("CertificatePinner is documented in the wiki"); // pinscan-negative: PIN110
        return hosts;
    }

    // The default client trusts the platform store: nothing to report.
    static OkHttpClient plain() {
        return new OkHttpClient.Builder().build();
    }
}
