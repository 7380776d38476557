;; gate: ~trust_store ~truststore ~trusted* ~capath ~ca_path ~cafile ~ca_file ~cadir ~ca_dir
;; gate: ~cacert* ~ca_cert* ~cacrt ~ca_crt ~capem ~ca_pem ~cabundle ~ca_bundle ~cachain
;; gate: ~ca_chain ~root_ca* ~rootca* ~root_cert* ~rootcert* ~server_ca* ~serverca* ~tls_ca*
;; gate: ~tlsca* ~ssl_ca* ~sslca*
;; Why this gate: every pattern tests a field, method or type name against an anchored,
;; case-insensitive regex; the words are the starts those names must have, in any case.
;; PIN330 (tree-sitter-c 0.24): a TLS client's option struct names its trust store. MQTT and
;; IoT C SDKs take the CA file, directory or PEM in a struct field instead of a library
;; call: paho MQTTClient_SSLOptions .trustStore / .CApath, tls_config.ca_cert,
;; .ca_file, .root_ca, .server_ca ... Whatever the SDK, the TLS library then trusts only
;; those certificates. Reported in designated initialisers and plain assignments, with a
;; literal, a variable or a field of another struct as the value. Not reported: a call
;; (strdup(cafile), steal(data, STRING_CAFILE): library and tool code copying an option),
;; NULL / 0 / "", the system bundle paths, a field copied from a field of the same name
;; (library code passing its caller's option through: cfg->ca_file = opts->ca_file), a
;; parameter of the same name (a setter), a call wrapping such a field
;; (strdup(opts->ca_file)), command-line parsing (ca_file = argv[i], optarg), and the ESP-IDF / coreMQTT fields that PIN310
;; reports (cacert_buf, cacert_pem_buf, cert_pem, pRootCa). Sizes and flags
;; (ca_cert_len, use_global_ca_store) do not match the anchored field names.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: [(string_literal) (concatenated_string) (subscript_expression) (cast_expression) (pointer_expression) (conditional_expression) (binary_expression)] @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "\\bargv\\s*\\[|\\boptarg\\b|(->|\\.)\\s*\\w*(?i:trust_?store|ca_?(path|file|dir|certs?|pem|crt|bundle)|root_?ca)\\w*\\s*\\)")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: (identifier) @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "^(NULL|nullptr|optarg)$")
  (#not-eq? @pin.value @_k))

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: (_ field: (field_identifier) @_vf) @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-eq? @_vf @_k))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  operator: "="
  right: [(string_literal) (concatenated_string) (subscript_expression) (cast_expression) (pointer_expression) (conditional_expression) (binary_expression)] @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "\\bargv\\s*\\[|\\boptarg\\b|(->|\\.)\\s*\\w*(?i:trust_?store|ca_?(path|file|dir|certs?|pem|crt|bundle)|root_?ca)\\w*\\s*\\)")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  operator: "="
  right: (identifier) @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-match? @pin.value "^(NULL|nullptr|optarg)$")
  (#not-eq? @pin.value @_k))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  operator: "="
  right: (_ field: (field_identifier) @_vf) @pin.value) @pin
  (#match? @_k "^(?i:trust_?store|trusted_?(certs?|cas?|ca_?certs?|roots?)|ca_?(path|file|dir|certs?|crt|pem|bundle|chain|cert_?(file|path|pem|buf|data|chain|location|bundle))|root_?(cas?|ca_?(file|path|certs?|pem|crt)|certs?|cert_?(file|path|pem))|server_?ca(_?(file|path|certs?|pem))?|(tls|ssl)_?ca(_?(file|path|certs?|pem))?)$")
  (#not-match? @_k "^(cacert_buf|cacert_pem_buf|cert_pem|pRootCa)$")
  (#not-eq? @_vf @_k))
