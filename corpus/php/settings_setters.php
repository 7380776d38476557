<?php
// MQTT-style connection settings objects configured through setters.

function insecureSettings(): ConnectionSettings
{
    return (new ConnectionSettings)
        ->setUseTls(true)
        ->setTlsSelfSignedAllowed(true) // pinscan-expect: PIN501
        ->setTlsVerifyPeer(false) // pinscan-expect: PIN501
        ->setTlsVerifyPeerName(false); // pinscan-expect: PIN501
}

function strictSettings(string $certDir): ConnectionSettings
{
    return (new ConnectionSettings)
        ->setUseTls(true)
        ->setTlsSelfSignedAllowed(false)
        ->setTlsVerifyPeer(true)
        ->setTlsVerifyPeerName(true)
        ->setTlsCertificateAuthorityFile($certDir . '/broker-ca.crt'); // pinscan-expect: PIN314
}

function caDirectorySettings(): ConnectionSettings
{
    return (new ConnectionSettings)
        ->setUseTls(true)
        ->setTlsCertificateAuthorityPath('/opt/broker/trusted-cas'); // pinscan-expect: PIN314
}

function defaultSettings(): ConnectionSettings
{
    return (new ConnectionSettings)
        ->setUseTls(true)
        ->setTlsCertificateAuthorityFile(null);
}

class SettingsFactory
{
    public function build(array $options): ConnectionSettings
    {
        return (new ConnectionSettings)
            ->setTlsCertificateAuthorityFile($options['ca_file']);
    }
}

function plainSettings(): ConnectionSettings
{
    return (new ConnectionSettings)
        ->setUseTls(false)
        ->setTlsVerifyPeer(false)
        ->setTlsSelfSignedAllowed(true)
        ->setTlsCertificateAuthorityFile('/unused/ca.crt');
}
