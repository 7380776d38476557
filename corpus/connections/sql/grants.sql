-- Accounts for the shop database (Azure Database for MySQL).
CREATE USER 'shop_api'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE ON shop.* TO 'shop_api'@'%' REQUIRE X509; -- pinscan-negative: PIN321, PIN104
GRANT SELECT ON shop.* TO 'shop_report'@'%' REQUIRE SSL; -- pinscan-negative: PIN321
