-- Client accounts of the order database. Every application certificate is issued by
-- our public CA account, so the grant pins that issuing CA.
CREATE USER 'orders_app'@'%' IDENTIFIED WITH caching_sha2_password BY 'rotate-me';
GRANT SELECT, INSERT, UPDATE ON orders.* TO 'orders_app'@'%';
ALTER USER 'orders_app'@'%'
  REQUIRE ISSUER '/C=US/O=DigiCert Inc/CN=DigiCert SHA2 Secure Server CA'; -- pinscan-expect: PIN104[DigiCert SHA2 Secure Server CA]

-- Reporting only needs a valid client certificate from any trusted CA.
CREATE USER 'reports_ro'@'%' REQUIRE X509;
