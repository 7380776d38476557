-- Migration 0042: certificate pins enforced by the edge proxy for outbound calls.
-- The proxy reads this table at start-up and rejects chains whose root is not listed.
CREATE TABLE IF NOT EXISTS pinned_roots (
    host              VARCHAR(255) NOT NULL,
    root_name         VARCHAR(255) NOT NULL,
    thumbprint_sha256 CHAR(64)     NOT NULL,
    root_serial       VARCHAR(64)  NULL,
    PRIMARY KEY (host, thumbprint_sha256)
);

-- Pinned thumbprint of the root used by the telemetry endpoint (SHA-256, uppercase hex).
INSERT INTO pinned_roots (host, root_name, thumbprint_sha256)
VALUES ('telemetry.contoso.example', 'Baltimore CyberTrust Root', '16AF57A9F676B0AB126095AA5EBADEF22AB31119D644AC95CD4B93DBF3F26AEB'); -- pinscan-expect: PIN102[Baltimore CyberTrust Root]

-- The same root for the legacy endpoint, recognised by its serial number only.
UPDATE pinned_roots SET root_serial = '0x020000B9' WHERE host = 'legacy.contoso.example'; -- pinscan-expect: PIN103[Baltimore CyberTrust Root]
