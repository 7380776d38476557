<?php
// An old settings file nothing includes any more.
$archive_root = "certs/BaltimoreCyberTrustRoot.crt.pem";
