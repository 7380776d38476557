-- Accounts for the reporting service on Azure Database for MySQL.
CREATE USER 'reporter'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT ON reports.* TO 'reporter'@'%'
  REQUIRE ISSUER '/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root CA' -- pinscan-expect: PIN104[DigiCert Global Root CA]
  AND SUBJECT '/C=GB/O=Contoso Ltd/CN=reporter'; -- pinscan-expect: PIN104

-- Certificate required, any trusted CA: not a pin.
CREATE USER 'etl'@'%' REQUIRE X509;
