;; gate: SSL_CTX_load_verify* X509_STORE_load* X509_STORE_add_cert SSL_CTX_set_cert_store SSL_CTX_set1_cert_store
;; gate: wolfSSL_CTX_load_verify* mosquitto_tls_set mbedtls_x509_crt_parse* CURLOPT_CAINFO* CURLOPT_CAPATH CURLOPT_PROXY_CAINFO* CURLOPT_PROXY_CAPATH
;; gate: OPTION_TRUSTED_CERT TrustedCerts cacert_buf cacert_pem_buf cacert_bytes cert_pem certificate pRootCa
;; gate: esp_tls_set_global_ca_store esp_transport_ssl_set_cert_data*
;; gate: IoTHubMessaging_SetTrustedCert IoTHubMessaging_LL_SetTrustedCert prov_sc_set_certificate
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; Why this gate: every pattern pins one of these names, as a whole token, with an anchored
;; #match? on the called function, the option argument or the field name.

;; PIN310 (tree-sitter-c 0.24): a C/C++ TLS library told to trust chosen certificates instead of the
;; platform store. The value is the CA file, directory, buffer or certificate.
;;
;; OpenSSL / wolfSSL / mosquitto (and Boost.Asio in C++) load into a store that starts
;; empty, so a load alone trusts only that file; when the same block also loads the
;; platform store (SSL_CTX_set_default_verify_paths, X509_STORE_set_default_paths,
;; wolfSSL_CTX_load_system_CA_certs, MOSQ_OPT_TLS_USE_OS_CERTS) the CA is added next to the
;; system roots and nothing is reported. Tree-sitter has no descendant operator, so the
;; load call is reached through the statement shapes real code uses (a statement, an
;; assignment, a declaration, a return, an if condition, possibly negated, compared or
;; assigned), each a direct child of the block whose text is checked.

;; SSL_CTX_load_verify_locations(ctx, file, path) / X509_STORE_load_locations /
;; wolfSSL_CTX_load_verify_locations / mosquitto_tls_set(mosq, cafile, capath, ...): the file.

((_ function: (_) @_f arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(SSL_CTX_load_verify_locations|X509_STORE_load_locations|wolfSSL_CTX_load_verify_locations(_ex)?|mosquitto_tls_set)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")
  (#pinscan-up! @pin "(?:expression_statement:[^:]*:[^;]*;|assignment_expression:right:[^;]*;expression_statement:[^:]*:[^;]*;|cast_expression:value:[^;]*;expression_statement:[^:]*:[^;]*;|init_declarator:value:[^;]*;declaration:declarator:[^;]*;|return_statement:[^:]*:[^;]*;|parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|unary_expression:argument:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;)(?P<blk>compound_statement:[^;]*;)")
  (#pinscan-not-match! "blk" "set_default_verify_paths|X509_STORE_set_default_paths|set_default_verify_(file|dir|store)|load_system_CA_certs|TLS_USE_OS_CERTS"))

;; ... and the directory when the file is NULL.

((_ function: (_) @_f arguments: (argument_list . (_) . (null) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(SSL_CTX_load_verify_locations|X509_STORE_load_locations|wolfSSL_CTX_load_verify_locations(_ex)?|mosquitto_tls_set)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")
  (#pinscan-up! @pin "(?:expression_statement:[^:]*:[^;]*;|assignment_expression:right:[^;]*;expression_statement:[^:]*:[^;]*;|cast_expression:value:[^;]*;expression_statement:[^:]*:[^;]*;|init_declarator:value:[^;]*;declaration:declarator:[^;]*;|return_statement:[^:]*:[^;]*;|parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|unary_expression:argument:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;)(?P<blk>compound_statement:[^;]*;)")
  (#pinscan-not-match! "blk" "set_default_verify_paths|X509_STORE_set_default_paths|set_default_verify_(file|dir|store)|load_system_CA_certs|TLS_USE_OS_CERTS"))

;; SSL_CTX_load_verify_file(ctx, file) / _dir / X509_STORE_load_file / _path /
;; X509_STORE_add_cert(store, cert) / SSL_CTX_set_cert_store(ctx, store) /
;; wolfSSL_CTX_load_verify_buffer(ctx, buf, size, format): the second argument.

((_ function: (_) @_f arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(SSL_CTX_load_verify_(file|dir)|X509_STORE_load_(file|path)|X509_STORE_add_cert|SSL_CTX_set1?_cert_store|wolfSSL_CTX_load_verify_buffer(_ex)?)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")
  (#pinscan-up! @pin "(?:expression_statement:[^:]*:[^;]*;|assignment_expression:right:[^;]*;expression_statement:[^:]*:[^;]*;|cast_expression:value:[^;]*;expression_statement:[^:]*:[^;]*;|init_declarator:value:[^;]*;declaration:declarator:[^;]*;|return_statement:[^:]*:[^;]*;|parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|unary_expression:argument:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;|assignment_expression:right:[^;]*;parenthesized_expression:[^:]*:[^;]*;binary_expression:left:[^;]*;parenthesized_expression:[^:]*:[^;]*;if_statement:condition:[^;]*;)(?P<blk>compound_statement:[^;]*;)")
  (#pinscan-not-match! "blk" "set_default_verify_paths|X509_STORE_set_default_paths|set_default_verify_(file|dir|store)|load_system_CA_certs|TLS_USE_OS_CERTS"))

;; mbedTLS has no platform store: a certificate parsed into a chain whose name says it holds
;; CAs (mbedtls_x509_crt_parse(&cacert, buf, len), _der, _file, _path) is what
;; mbedtls_ssl_conf_ca_chain trusts. Client certificates (&clicert, &own_cert) are not.
((_
  function: (_) @_f
  arguments: (argument_list . (_) @_crt . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(mbedtls_x509_crt_parse(_der|_der_nocopy|_file|_path)?)$")
  (#match? @_crt "(?i)ca_?(cert|chain|crt|s\\b)|(^|\\W|_)ca(\\W|_|$)|root|trust|anchor")
  (#not-match? @_crt "(?i)cli|own|dev|client|cert_own"))

;; libcurl: curl_easy_setopt(h, CURLOPT_CAINFO, "ca.pem") / CURLOPT_CAINFO_BLOB / CURLOPT_CAPATH
;; (and the proxy variants). The system bundle paths are the platform store.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . (identifier) @_opt . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(curl_easy_setopt)$")
  (#match? @_opt "^CURLOPT_(PROXY_)?(CAINFO|CAINFO_BLOB|CAPATH)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

;; Azure IoT C SDK: IoTHubDeviceClient_LL_SetOption(h, OPTION_TRUSTED_CERT, certificates), the
;; IoTHubClient_*, IoTHubModuleClient_*, Prov_Device_* variants, xio_setoption, or the
;; option's literal name "TrustedCerts".
((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @_opt . (_) @pin.value)) @pin
  (#match? @_f "(?i)(^|::|_)setoption$")
  (#match? @_opt "^(OPTION_TRUSTED_CERT|[uUL8]*\"TrustedCerts\")$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

;; ESP-IDF esp_tls_cfg_t / esp_http_client_config_t / esp_mqtt_client_config_t initialisers
;; (.cacert_buf, .cacert_pem_buf, .cacert_bytes is a size and is not reported, .cert_pem,
;; MQTT 5's .broker.verification.certificate) and FreeRTOS/coreMQTT NetworkCredentials_t
;; .pRootCa. `.crt_bundle_attach = esp_crt_bundle_attach` (the bundled Mozilla roots) and
;; `.use_global_ca_store` are not findings.
((initializer_pair
  (field_designator (field_identifier) @_k)
  value: (_) @pin.value) @pin
  (#match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

((initializer_pair
  (field_designator (field_identifier) @_v)
  .
  (field_designator (field_identifier) @_k)
  value: (_) @pin.value) @pin
  (#eq? @_v "verification")
  (#eq? @_k "certificate")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

;; The same fields assigned: cfg.cert_pem = root_pem; creds.pRootCa = ROOT_CA;
;; cfg.broker.verification.certificate = pem;
((assignment_expression
  left: (_ field: (field_identifier) @_k)
  right: (_) @pin.value) @pin
  (#match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

((assignment_expression
  left: (_
    argument: (_ field: (field_identifier) @_v)
    field: (field_identifier) @_k)
  right: (_) @pin.value) @pin
  (#eq? @_v "verification")
  (#eq? @_k "certificate")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

;; esp_tls_set_global_ca_store(buf, len) / esp_transport_ssl_set_cert_data(t, data, len).
((_
  function: (_) @_f
  arguments: (argument_list . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(esp_tls_set_global_ca_store)$"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(esp_transport_ssl_set_cert_data(_der)?)$"))

;; The Azure IoT C SDK's option passed through a test or sample helper:
;; set_option(OPTION_TRUSTED_CERT, certificates, "message"): the argument after the option.
;; A comparison with the option's name (strcmp(OPTION_TRUSTED_CERT, name)) is not a use.
((_
  function: (_) @_f
  arguments: (argument_list (identifier) @_opt . (_) @pin.value)) @pin
  (#eq? @_opt "OPTION_TRUSTED_CERT")
  (#not-match? @_f "(?i)cmp|equal|strstr|^(::)?(printf|LogInfo|LogError)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

;; The same SetOption call where the preprocessor splits an if / else-if chain
;; (#ifdef SET_TRUSTED_CERT_IN_SAMPLES  else if (SetOption(h, OPTION_TRUSTED_CERT, certs) ...)
;; #endif): tree-sitter reads the branch as a function declarator whose "parameters" are
;; the call's arguments.
((function_declarator
  declarator: (identifier) @_f
  parameters: (parameter_list . (_) . (_ type: (type_identifier) @_opt) . (parameter_declaration) @pin.value)) @pin
  (#match? @_f "(?i)(^|_)setoption$")
  (#eq? @_opt "OPTION_TRUSTED_CERT"))

((parameter_declaration
  type: (type_identifier) @_f
  declarator: (abstract_function_declarator
    parameters: (parameter_list . (_) . (_ type: (type_identifier) @_opt) . (parameter_declaration) @pin.value))) @pin
  (#match? @_f "(?i)(^|_)setoption$")
  (#eq? @_opt "OPTION_TRUSTED_CERT"))

;; The service clients' own setters: IoTHubMessaging_SetTrustedCert(h, certs),
;; IoTHubMessaging_LL_SetTrustedCert, prov_sc_set_certificate(prov_client, certificate)
;; (documented as the trusted certificate for the Provisioning Service). The SDK's own
;; wrappers forwarding their trusted_cert parameter are not reported.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(IoTHubMessaging(_LL)?_SetTrustedCert|prov_sc_set_certificate)$")
  (#not-match? @pin.value "^[a-z_]*trusted_?certs?$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))
