;; gate: ~trust_store ~truststore ~trusted* ~capath ~ca_path ~cafile ~ca_file ~cadir ~ca_dir
;; gate: ~cacert* ~ca_cert* ~cacrt ~ca_crt ~capem ~ca_pem ~cabundle ~ca_bundle ~cachain
;; gate: ~ca_chain ~root_ca* ~rootca* ~root_cert* ~rootcert* ~server_ca* ~serverca* ~tls_ca*
;; gate: ~tlsca* ~ssl_ca* ~sslca* update_certs update_certs_pem ~ssl_server ~sslserver
;; gate: ~tls_server ~tlsserver ~https_server ~httpsserver ~settrust* ~setroot* ~setca*
;; gate: ~set_trust* ~set_root* ~set_ca* ~loadtrust* ~loadroot* ~loadca* ~load_trust*
;; gate: ~load_root* ~load_ca* ~addtrust* ~addroot* ~addca* ~add_trust* ~add_root* ~add_ca*
;; gate: ~usetrust* ~useroot* ~useca* ~use_trust* ~use_root* ~use_ca*
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

;; C++ client classes take the CA in a member call: cli.set_ca_cert_path("ca.pem"),
;; cli.load_ca_cert_store(pem, len), cli.set_ca_cert_store(store), set_trust_store(...),
;; ssl_opts.set_ca_path(dir), builder.ca_file(...). The first argument is the value. A
;; lower-case variable or member named for the CA (ca_cert_path, rhs.ca_cert_file_path_,
;; ca_cert_pem_.c_str()) is the library forwarding its caller's option and is not reported.
((_
  function: (_ field: (field_identifier) @_m)
  arguments: (argument_list . (_) @pin.value)) @pin
  (#match? @_m "^(?i:(set|load|add|use)_?(trust_?store|trusted_?certs?|(root_?|trusted_?)?ca_?(certs?|certificates?)?_?(path|file|files|store|dir|bundle|buffer|pem|data|memory|location)?)|trust_?store|ca_?(path|file|dir))$")
  (#not-match? @_m "^(?i:set_ca|add_ca|use_ca)$")
  (#not-match? @pin.value "\\bargv\\s*\\[|\\boptarg\\b")
  (#not-match? @pin.value "^((\\w+|\\([^()]*\\))(\\.|->))*[a-z_]*ca_?(cert|certs|path|file|store|dir|bundle)[a-z_]*(\\.(c_str|data)\\(\\))?$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\"|\\{\\})$|^[uUL8]*\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt"))

;; A TLS server object constructed with the CA that client certificates must chain to:
;; SSLServer svr(cert_file, key_file, client_ca_file) (C++ reads it as a declaration with
;; a function declarator when the arguments are plain names). The third argument counts
;; only when its text names a CA, a root or a trust store.
((declaration
  type: [(type_identifier) (qualified_identifier)] @_t
  declarator: (_
    parameters: (parameter_list . (_) . (_) . (parameter_declaration) @pin @pin.value)))
  (#match? @_t "(^|::)(?i:(ssl|tls|https)_?server)$")
  (#match? @pin.value "(?i)ca|trust|root|anchor"))

((declaration
  type: [(type_identifier) (qualified_identifier)] @_t
  declarator: (_
    value: (argument_list . (_) . (_) . (_) @pin @pin.value)))
  (#match? @_t "(^|::)(?i:(ssl|tls|https)_?server)$")
  (#match? @pin.value "(?i)ca|trust|root|anchor")
  (#not-match? @pin.value "^(NULL|nullptr|0|\"\")$"))

;; A TLS server given new certificates at run time with the client CA as the third argument:
;; svr.update_certs_pem(cert, key, client_ca). The CA argument is the value (and the place).
((_
  function: (_ field: (field_identifier) @_m)
  arguments: (argument_list . (_) . (_) . (_) @pin @pin.value))
  (#match? @_m "^update_certs(_pem)?$")
  (#match? @pin.value "(?i)ca|trust|root|anchor")
  (#not-match? @pin.value "^(NULL|nullptr|0|\"\")$"))
