package com.contoso.inventory;

import okhttp3.CertificatePinner;

/**
 * Pins the inventory API. On Android the same pins can live in a {@code <pin-set>}
 * of {@code network_security_config.xml}: {@code <pin digest="SHA-256">...</pin>}.
 */
public final class PinnedInventoryClient {
    // Retired in 2025, kept for the record:
    // static final String OLD_PIN = "sha256/Bz4vSxCF6T5ZAiCuM39JfEGQtnnUOUm8nFSRCNBcU8Y="; pinscan-expect: PIN101@note
    static final String PIN = "sha256/1vU9f9K0j58evf4RWCXJ4sfc/UIgYArEpbc5Qt+3CWc="; // pinscan-expect: PIN101

    // The staging database used to be reached with
    // jdbc:sqlserver://staging.contoso.example;encrypt=true;trustServerCertificate=true
    static final String DB = "jdbc:sqlserver://db.contoso.example;encrypt=true;trustServerCertificate=true"; // pinscan-expect: PIN503

    CertificatePinner pinner() {
        return new CertificatePinner.Builder()
            .add("inventory.contoso.example", PIN) // pinscan-expect: PIN110
            .build();
    }
}
